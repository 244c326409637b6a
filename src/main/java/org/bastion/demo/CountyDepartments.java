package org.bastion.demo;

import java.util.List;

import org.bastion.organization.DepartmentKind;

/** The county's organs (县直机关) whose branches the demo creates, each with its department kind. */
final class CountyDepartments {

	record Department(String name, DepartmentKind kind, int branches) {
	}

	private static Department party(String name, int branches) {
		return new Department("宁化县" + name, DepartmentKind.PARTY_AND_MASS, branches);
	}

	private static Department economic(String name, int branches) {
		return new Department("宁化县" + name, DepartmentKind.ECONOMIC, branches);
	}

	private static Department agriculture(String name, int branches) {
		return new Department("宁化县" + name, DepartmentKind.AGRICULTURE, branches);
	}

	private static Department legal(String name, int branches) {
		return new Department("宁化县" + name, DepartmentKind.POLITICAL_LEGAL, branches);
	}

	static final List<Department> ALL = List.of(
			party("县委办公室", 2), party("人大常委会办公室", 1), party("政府办公室", 2), party("政协办公室", 1),
			party("纪委监委", 3), party("县委组织部", 2), party("县委宣传部", 2), party("县委统战部", 1),
			party("县委编办", 1), party("县委党校", 2), party("总工会", 1), party("团县委", 1), party("妇联", 1),
			party("科协", 1), party("文联", 1), party("档案馆", 1), party("融媒体中心", 2), party("信访局", 1),
			party("机关事务服务中心", 1), party("教育局", 3), party("卫生健康局", 3), party("民政局", 2),
			party("人力资源和社会保障局", 2), party("文体和旅游局", 2), party("退役军人事务局", 1),
			economic("发展和改革局", 2), economic("财政局", 3), economic("工业和信息化局", 2), economic("商务局", 2),
			economic("住房和城乡建设局", 2), economic("交通运输局", 2), economic("自然资源局", 3),
			economic("市场监督管理局", 3), economic("统计局", 1), economic("审计局", 1), economic("医疗保障局", 1),
			economic("税务局", 3), economic("生态环境局", 1), economic("应急管理局", 1), economic("数据管理局", 1),
			economic("城市管理局", 2), economic("国有资产服务中心", 1),
			agriculture("农业农村局", 3), agriculture("林业局", 3), agriculture("水利局", 2), agriculture("乡村振兴服务中心", 2),
			agriculture("供销合作社联合社", 1), agriculture("气象局", 1), agriculture("农业机械服务中心", 1),
			agriculture("畜牧水产服务中心", 1), agriculture("茶果站", 1),
			legal("县委政法委", 1), legal("公安局", 4), legal("人民法院", 3), legal("人民检察院", 2), legal("司法局", 2));

	private CountyDepartments() {
	}
}
