/// One scoring item (评分细则) of the evaluation framework.
public struct SynthFrameworkItem: Sendable, Equatable {
    /// Item id, e.g. "A1.1" (area letter, second-level number, item number).
    public var id: String
    /// First-level area (一级指标), one of `SynthFramework.areas`.
    public var level1: String
    /// Second-level indicator (二级指标), e.g. "场所标识".
    public var level2: String
    /// Third-level indicator: the scoring rule text (评分细则).
    public var level3: String
    /// Maximum score in tenths of a point (integers keep sums exact).
    public var maxTenths: Int
    /// Maximum score, points.
    public var maxScore: Double { Double(maxTenths) / 10 }
}

/// One evaluation grade (评估等级): a station whose total score is at least `minScore` and
/// below the next higher grade's threshold gets this grade.
public struct SynthGrade: Sendable, Equatable {
    public var grade: String
    public var minScore: Double
    public var label: String
}

/// The evaluation standard the generator scores against: 4 grades, 3 levels of
/// indicators, 37 scoring items in the six first-level areas of the Jinan standard
/// (日常运营, 财务管理, 制度建设, 人员管理, 服务执行与产出, 社会评价), maximum scores
/// summing to 100.
///
/// Source: the area names, the 4/3/37 structure and the unified station standards are from
/// 赵记辉、贾继华、王喜春, 街镇社工站建设的市域推进, 中国社会工作 2021(10); the
/// second-level indicators, rule texts and maximum scores are a plausible reconstruction
/// (the official rule texts are not public in the source), written as Chinese evaluators
/// word them.
public enum SynthFramework {
    /// The six first-level areas in order.
    public static let areas = ["日常运营", "财务管理", "制度建设", "人员管理", "服务执行与产出", "社会评价"]

    /// The 37 items in framework order.
    public static let items: [SynthFrameworkItem] = rows.map { r in
        SynthFrameworkItem(id: r.0, level1: areas[areaIndex(r.0)], level2: r.1, level3: r.2, maxTenths: r.3)
    }

    /// The four grades, thresholds strictly decreasing.
    public static let grades: [SynthGrade] = [
        SynthGrade(grade: "A", minScore: 90, label: "优秀"),
        SynthGrade(grade: "B", minScore: 80, label: "良好"),
        SynthGrade(grade: "C", minScore: 60, label: "合格"),
        SynthGrade(grade: "D", minScore: 0, label: "不合格"),
    ]

    /// Index in `areas` of an item id's leading letter (A → 0 … F → 5).
    static func areaIndex(_ id: String) -> Int {
        let letter = id.unicodeScalars.first.map { Int($0.value) } ?? 65
        return min(max(letter - 65, 0), areas.count - 1)
    }

    // (id, level2, level3, max in tenths)
    private static let rows: [(String, String, String, Int)] = [
        // 日常运营 15
        ("A1.1", "场所标识", "站点挂牌及标识规范：统一悬挂“社会工作服务站”标牌，标识、服务公示栏符合全市统一样式，得满分；缺一项扣1分", 20),
        ("A1.2", "场所设施", "服务场所面积及功能分区：独立办公面积不少于30平方米，设有接待、个案、小组活动等功能区，缺一项扣0.5分", 20),
        ("A2.1", "开放运行", "按规定时间对外开放：工作日开放不少于8小时，值班表及来访接待记录完整；抽查发现无人值守一次扣1分", 35),
        ("A3.1", "信息公开", "服务项目及流程公示：服务内容、流程、联系方式、投诉渠道上墙公示并及时更新", 15),
        ("A3.2", "信息公开", "宣传推广及信息报送：按月报送工作信息，年度信息报送不少于12篇，少一篇扣0.1分", 15),
        ("A4.1", "档案管理", "文书档案分类归档：项目、服务、财务、人事档案分类建档，资料齐全、归档及时", 20),
        ("A4.2", "档案管理", "服务对象信息安全：服务对象资料专柜保管、电子数据加密，未发生信息泄露事件", 25),
        // 财务管理 12
        ("B1.1", "资金使用", "项目资金专款专用：资金使用符合购买服务合同约定，无挤占、挪用、截留，发现一次不得分", 30),
        ("B1.2", "资金使用", "预算执行进度：年度预算执行率不低于90%，每低5个百分点扣0.5分", 30),
        ("B2.1", "财务制度", "财务管理制度：建立财务管理、报销审批制度，独立核算、账目清晰", 30),
        ("B2.2", "财务制度", "票据凭证及审计整改：票据合法合规、凭证完整，审计发现问题按期整改到位", 30),
        // 制度建设 10
        ("C1.1", "管理制度", "人员管理制度：建立岗位职责、考勤、绩效考核等人员管理制度并有效执行", 20),
        ("C1.2", "管理制度", "志愿者管理制度：建立志愿者招募、培训、激励、记录制度，志愿服务记录完整", 20),
        ("C1.3", "管理制度", "服务场所使用管理制度：场所使用登记、安全管理、设施维护制度健全", 20),
        ("C2.1", "服务规范", "服务流程及标准：个案、小组、社区活动服务流程规范，文书模板统一", 20),
        ("C2.2", "服务规范", "服务对象数据管理制度：建立服务对象台账和动态更新机制，数据真实准确", 20),
        // 人员管理 15
        ("D1.1", "人员配备", "专职社工配备：每站专职社会工作者不少于2名，缺1名扣1.5分", 30),
        ("D1.2", "人员配备", "持证社工比例：持有助理社会工作师及以上证书人员占比不低于50%，每低10个百分点扣0.5分", 30),
        ("D2.1", "培训督导", "参加培训时长：社工年度参加专业培训不少于72学时，少8学时扣0.2分", 20),
        ("D2.2", "培训督导", "专业督导：每月接受专业督导不少于1次，督导记录完整、问题整改落实", 30),
        ("D3.1", "稳定激励", "人员稳定性：年度人员流失率不高于20%，每高5个百分点扣0.5分", 20),
        ("D3.2", "稳定激励", "薪酬待遇落实：按合同足额发放工资并缴纳社会保险，无拖欠", 20),
        // 服务执行与产出 30
        ("E1.1", "需求评估", "辖区需求调研及评估：开展需求调研，形成年度需求评估报告和服务计划", 30),
        ("E1.2", "需求评估", "服务对象建档：困难群众和特殊群体建档率不低于90%，信息动态更新", 20),
        ("E2.1", "个案服务", "个案服务数量：年度开展个案服务不少于合同约定数量，少一个扣0.2分", 40),
        ("E2.2", "个案服务", "个案服务质量：个案预估、计划、介入、评估、结案文书完整，抽查合格率不低于90%", 30),
        ("E3.1", "小组及社区活动", "小组工作：年度开展小组工作不少于合同约定节数，过程记录完整", 30),
        ("E3.2", "小组及社区活动", "社区活动：年度开展社区活动不少于合同约定场次，有方案、记录、总结", 30),
        ("E4.1", "重点领域服务", "养老服务及儿童关爱：为特殊困难老年人、困境儿童和留守儿童提供探访关爱服务", 40),
        ("E4.2", "重点领域服务", "社会救助及社区治理：协助开展社会救助对象排查、政策链接，参与社区治理", 40),
        ("E5.1", "服务延伸", "村(居)服务覆盖：服务延伸至辖区村(居)，年度覆盖率不低于80%", 20),
        ("E5.2", "服务延伸", "志愿者及社区社会组织培育：培育志愿服务队伍和社区社会组织，整合公益慈善资源", 20),
        // 社会评价 18
        ("F1.1", "服务对象评价", "服务对象满意度：第三方抽样调查满意度不低于90%，每低5个百分点扣1分", 50),
        ("F1.2", "服务对象评价", "服务成效反馈：服务对象问题改善情况及成效反馈记录", 20),
        ("F2.1", "多方评价", "街道(镇)及村(居)评价：街道办事处(镇政府)和村(居)委会对服务的评价", 40),
        ("F2.2", "多方评价", "区县民政部门评价：区(县)民政局及社会工作服务总站对站点运营的评价", 30),
        ("F3.1", "社会影响", "社会影响及典型案例：媒体宣传报道、获得表彰荣誉，形成典型案例及经验总结", 40),
    ]
}

extension SynthFramework {
    /// framework.csv text (item, level1, level2, level3, max_score), as the bundle and
    /// Datasets/framework/ hold it.
    public static var frameworkCSV: String { SynthTables.framework() }

    /// grades.csv text (grade, min_score, label).
    public static var gradesCSV: String { SynthTables.grades() }
}
