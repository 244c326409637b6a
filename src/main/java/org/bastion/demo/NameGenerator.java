package org.bastion.demo;

import java.util.random.RandomGenerator;

import org.bastion.common.Gender;

/**
 * Plausible Chinese names for generated people: common surnames (with the Hakka surnames frequent
 * in Ninghua weighted in) and one- or two-character given names. Generated, never real persons.
 */
final class NameGenerator {

	private static final String SURNAMES = "张王李刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤巫伍温赖";
	private static final String HAKKA = "张巫伍温赖黄罗邱曾廖刘李";
	private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国峰文庆志新振东海兴荣忠良德福生贵祥";
	private static final String FEMALE = "芳娜敏静丽艳娟霞秀英华慧巧美娇兰琴云莲真环雪荣爱妹玲芬燕彩春菊凤洁梅琳素婷晶颖倩珍月媛";
	private static final String SHARED = "小晓春秋文明新玉金华永红海志建思子雨佳嘉";

	private final RandomGenerator random;

	NameGenerator(RandomGenerator random) {
		this.random = random;
	}

	String name(Gender gender) {
		String surnames = random.nextInt(3) == 0 ? HAKKA : SURNAMES;
		String pool = gender == Gender.MALE ? MALE : FEMALE;
		StringBuilder name = new StringBuilder().append(pick(surnames));
		if (random.nextInt(4) == 0) {
			name.append(pick(pool));
		}
		else {
			name.append(random.nextBoolean() ? pick(SHARED) : pick(pool)).append(pick(pool));
		}
		return name.toString();
	}

	private char pick(String characters) {
		return characters.charAt(random.nextInt(characters.length()));
	}
}
