package dev.tandem.understanding.privacy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates ticket-like texts with planted personal data of every type, mixed with things
 * that must stay: order numbers, dates, amounts, versions, tracking numbers, times,
 * ticket keys. Deterministic for a given seed.
 */
final class PersonalDataCorpus {

	/** A planted value: its type (empty for a must-stay distractor) and position. */
	record Planted(String kind, PersonalDataType type, int start, int end) {

		boolean isPersonal() {
			return this.type != null;
		}

	}

	record Sample(String text, List<Planted> planted) {

	}

	private static final String[] FIRST = { "John", "Maria", "Peter", "Anna", "Li", "Ahmed", "Sophie", "Carlos", "Yuki",
			"Olga", "David", "Emma", "Lucas", "Chloe", "Noah" };

	private static final String[] LAST = { "Smith", "Miller", "Garcia", "Schmidt", "Rossi", "Dubois", "Khan", "Novak",
			"Jensen", "Brown", "Silva", "Kowalski" };

	private static final String[] CN_SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳" };

	private static final String[] CN_GIVEN = { "伟", "娜", "敏", "静", "磊", "洋", "小明", "建国", "丽华", "志强", "芳" };

	private static final String[] REGIONS = { "110101", "310104", "440305", "510107", "330106", "420102", "320102" };

	private final Random random;

	PersonalDataCorpus(long seed) {
		this.random = new Random(seed);
	}

	List<Sample> samples(int count) {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			samples.add(sample());
		}
		return samples;
	}

	private Sample sample() {
		List<Supplier<String[]>> parts = new ArrayList<>();
		int personal = 1 + this.random.nextInt(3);
		for (int i = 0; i < personal; i++) {
			parts.add(this::personal);
		}
		int distractors = 1 + this.random.nextInt(3);
		for (int i = 0; i < distractors; i++) {
			parts.add(this::distractor);
		}
		Collections.shuffle(parts, this.random);
		boolean chinese = this.random.nextBoolean();
		StringBuilder text = new StringBuilder(chinese ? "您好，" : "Hello, ");
		List<Planted> planted = new ArrayList<>();
		for (Supplier<String[]> part : parts) {
			String[] piece = part.get(); // kind, type or "", prefix, value, suffix
			text.append(piece[2]);
			int start = text.length();
			text.append(piece[3]);
			planted.add(new Planted(piece[0], piece[1].isEmpty() ? null : PersonalDataType.valueOf(piece[1]), start,
					text.length()));
			text.append(piece[4]);
		}
		text.append(chinese ? "谢谢。" : "Thanks.");
		return new Sample(text.toString(), planted);
	}

	private String[] personal() {
		return switch (this.random.nextInt(9)) {
			case 8 -> piece("name-without-cue", "NAME", pick("yesterday ", "昨天"), pick(FIRST) + " " + pick(LAST),
					pick(" called about it. ", "打过电话。"));
			case 0 -> piece("email", "EMAIL", "please write to ", email(), " about it. ");
			case 1 -> piece("phone", "PHONE", pick("call me on ", "my number is ", "电话 ", "联系我 "), phone(), ", ");
			case 2 -> piece("card", "CARD", pick("my card ", "card number ", "信用卡 "), card(), " was charged. ");
			case 3 -> piece("cn-id", "CN_ID", pick("身份证号", "ID card "), chineseId(), "。");
			case 4 -> piece("iban", "IBAN", pick("refund to IBAN ", "account ", "IBAN: "), iban(), " please. ");
			case 5 -> piece("ip", "IP", pick("from IP ", "server ", "客户端地址 "), ip(), " fails. ");
			case 6 -> englishName();
			default -> chineseName();
		};
	}

	private String[] distractor() {
		return switch (this.random.nextInt(7)) {
			case 0 -> piece("order", "", pick("order ", "订单号 ", "Order #", "ref "), orderNumber(), " ");
			case 1 -> piece("date", "", pick("on ", "since ", "日期 "), date(), " ");
			case 2 -> piece("amount", "", pick("paid ", "charged ", "金额 "), amount(), " ");
			case 3 -> piece("version", "", pick("version ", "app ", "版本 "), version(), " ");
			case 4 -> piece("tracking", "", pick("tracking ", "运单号 "), tracking(), " ");
			case 5 ->
				piece("time", "", "at ", "%02d:%02d".formatted(this.random.nextInt(24), this.random.nextInt(60)), " ");
			default ->
				piece("ticket-key", "", "see ", pick("PROJ-", "HELP-", "IT-") + (100 + this.random.nextInt(9900)), " ");
		};
	}

	private static String[] piece(String kind, String type, String prefix, String value, String suffix) {
		return new String[] { kind, type, prefix, value, suffix };
	}

	private String email() {
		String local = pick("john.smith", "m.garcia", "anna_k", "li.wei88", "support+acme", "peter-miller",
				"x" + this.random.nextInt(1000));
		return local + "@" + pick("example.com", "corp.example.co.uk", "mail.example.org", "qq.com", "163.com");
	}

	private String phone() {
		String mobile = "1" + (3 + this.random.nextInt(7)) + digits(9);
		return switch (this.random.nextInt(8)) {
			case 0 -> mobile;
			case 1 -> mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
			case 2 -> "+86 " + mobile;
			case 3 -> mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
			case 4 -> "+1 (" + (200 + this.random.nextInt(800)) + ") " + digits(3) + "-" + digits(4);
			case 5 -> "+44 20 " + digits(4) + " " + digits(4);
			case 6 -> "+49 30 " + digits(7);
			default -> "0" + (10 + this.random.nextInt(90)) + "-" + (1 + this.random.nextInt(9)) + digits(7);
		};
	}

	private String card() {
		String prefix = pick("4", "51", "55", "2221", "62", "37", "6011", "35");
		int length = prefix.equals("37") ? 15 : prefix.equals("62") ? 16 + this.random.nextInt(4) : 16;
		String body = prefix + digits(length - prefix.length() - 1);
		String number = body + luhnDigit(body);
		return switch (this.random.nextInt(3)) {
			case 0 -> number;
			case 1 -> grouped(number, " ");
			default -> grouped(number, "-");
		};
	}

	private String chineseId() {
		String birth = "%04d%02d%02d".formatted(1950 + this.random.nextInt(55), 1 + this.random.nextInt(12),
				1 + this.random.nextInt(28));
		String body = pick(REGIONS) + birth + digits(3);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	private String iban() {
		String country = pick("DE", "GB", "FR", "NL", "ES", "IT");
		String bban = switch (country) {
			case "DE" -> digits(18);
			case "GB" -> letters(4) + digits(14);
			case "FR" -> digits(10) + letters(1) + digits(10) + digits(2);
			case "NL" -> letters(4) + digits(10);
			case "ES" -> digits(20);
			default -> letters(1) + digits(10) + digits(12);
		};
		String numeric = toDigits(bban + country + "00");
		int check = 98 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
		String iban = country + "%02d".formatted(check) + bban;
		return this.random.nextBoolean() ? iban : grouped(iban, " ");
	}

	private String ip() {
		return switch (this.random.nextInt(3)) {
			case 0 -> (1 + this.random.nextInt(223)) + "." + this.random.nextInt(256) + "." + this.random.nextInt(256)
					+ "." + (1 + this.random.nextInt(254));
			case 1 -> "2001:db8:" + Integer.toHexString(this.random.nextInt(65536)) + "::"
					+ Integer.toHexString(1 + this.random.nextInt(65535));
			default -> "fe80:0:0:0:" + Integer.toHexString(this.random.nextInt(65536)) + ":"
					+ Integer.toHexString(this.random.nextInt(65536)) + ":"
					+ Integer.toHexString(this.random.nextInt(65536)) + ":"
					+ Integer.toHexString(1 + this.random.nextInt(65535));
		};
	}

	private String[] englishName() {
		String name = pick(FIRST) + (this.random.nextBoolean() ? " " + pick(LAST) : "");
		return switch (this.random.nextInt(4)) {
			case 0 -> piece("name", "NAME", "my name is ", name, " and ");
			case 1 -> piece("name", "NAME", "Dear ", name, ", ");
			case 2 -> piece("name", "NAME", "this is ", name, " from Acme. ");
			default -> piece("name", "NAME", "Best regards,\n", name, "\n");
		};
	}

	private String[] chineseName() {
		String name = pick(CN_SURNAMES) + pick(CN_GIVEN);
		return switch (this.random.nextInt(3)) {
			case 0 -> piece("name", "NAME", "我叫", name, "，");
			case 1 -> piece("name", "NAME", "我是", name, "，");
			default -> piece("name", "NAME", "联系人：", name, "，");
		};
	}

	private String orderNumber() {
		return switch (this.random.nextInt(4)) {
			case 0 -> "ORD-2024" + digits(4) + "-" + digits(4);
			case 1 -> digits(6 + this.random.nextInt(5));
			case 2 -> "2024" + digits(14);
			default -> "INV-" + (2020 + this.random.nextInt(6)) + "-" + digits(5);
		};
	}

	private String date() {
		int year = 2020 + this.random.nextInt(6);
		int month = 1 + this.random.nextInt(12);
		int day = 1 + this.random.nextInt(28);
		return switch (this.random.nextInt(5)) {
			case 0 -> "%04d-%02d-%02d".formatted(year, month, day);
			case 1 -> "%02d/%02d/%04d".formatted(day, month, year);
			case 2 -> "%02d.%02d.%04d".formatted(day, month, year);
			case 3 -> "%d年%d月%d日".formatted(year, month, day);
			default -> "%04d%02d%02d".formatted(year, month, day);
		};
	}

	private String amount() {
		int whole = this.random.nextInt(20000);
		return switch (this.random.nextInt(5)) {
			case 0 -> "$%,d.%02d".formatted(whole, this.random.nextInt(100));
			case 1 -> "¥%d.00".formatted(whole);
			case 2 -> "%d,%02d €".formatted(whole, this.random.nextInt(100));
			case 3 -> "EUR %d.%02d".formatted(whole, this.random.nextInt(100));
			default -> whole + "元";
		};
	}

	private String version() {
		return switch (this.random.nextInt(3)) {
			case 0 -> "v" + this.random.nextInt(10) + "." + this.random.nextInt(20) + "." + this.random.nextInt(50);
			case 1 -> "10.0." + (10000 + this.random.nextInt(20000)) + "." + this.random.nextInt(1000);
			default -> this.random.nextInt(5) + "." + this.random.nextInt(30) + "." + this.random.nextInt(10) + "-rc"
					+ (1 + this.random.nextInt(3));
		};
	}

	private String tracking() {
		return switch (this.random.nextInt(4)) {
			case 0 -> "1Z" + letters(3) + digits(13);
			case 1 -> "SF" + digits(13);
			case 2 -> "94001" + digits(17);
			default -> "YT" + digits(16);
		};
	}

	private String pick(String... options) {
		return options[this.random.nextInt(options.length)];
	}

	private String digits(int n) {
		StringBuilder out = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			out.append(this.random.nextInt(10));
		}
		return out.toString();
	}

	private String letters(int n) {
		StringBuilder out = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			out.append((char) ('A' + this.random.nextInt(26)));
		}
		return out.toString();
	}

	private static String grouped(String value, String separator) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length(); i += 4) {
			out.append((i > 0) ? separator : "").append(value, i, Math.min(value.length(), i + 4));
		}
		return out.toString();
	}

	private static String toDigits(String value) {
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			out.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return out.toString();
	}

	private static int luhnDigit(String body) {
		for (int d = 0; d <= 9; d++) {
			if (dev.tandem.understanding.privacy.internal.Checksums.luhn(body + d)) {
				return d;
			}
		}
		throw new IllegalStateException("no Luhn digit");
	}

}
