package dev.tandem.understanding.privacy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tandem.understanding.privacy.MaskedSpan;
import dev.tandem.understanding.privacy.PersonalDataType;

/**
 * Person names where the text gives them away: after {@code my name is}, {@code I'm},
 * {@code Dear}, {@code Hi}, {@code This is ... from}, in a signature after
 * {@code Regards,}; in Chinese after {@code 我叫}, {@code 我是} + a known surname,
 * {@code 姓名：}, and before {@code 先生/女士/小姐}. Names that nothing points at are not found:
 * this is a cue-based detector, not a name list.
 */
public final class NameDetector implements Detector {

	private static final String RESOURCE = "/dev/tandem/understanding/privacy/names.txt";

	private static final String EN_NAME = "(\\p{Lu}[\\p{Ll}'’-]+(?:[ ](?:van |de |von )?\\p{Lu}[\\p{Ll}'’-]+){0,2})";

	/** Cues after which a capitalised word is a name even when nothing follows it. */
	private static final Pattern STRONG_EN = Pattern
		.compile("(?:(?i:my name is|my name's|name\\s*[:：]|contact person\\s*[:：]|signed\\s*[:：]?)|Dear|DEAR)\\s+"
				+ "(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?" + EN_NAME);

	/**
	 * Weak cues: the name must end the phrase (comma, full stop, "from", "here", end).
	 */
	private static final Pattern WEAK_EN = Pattern
		.compile("(?:\\b(?i:i'm|i am|this is|it's|hi|hello|hey|thanks|thank you)|" + "\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?)\\s+"
				+ EN_NAME + "(?=\\s*(?:[,.!?;:\\n]|$|\\s(?:from|here|at|speaking)\\b))");

	/** A name alone on the line after a closing such as "Best regards,". */
	private static final Pattern SIGNATURE = Pattern.compile(
			"(?im)\\b(?:(?:best|kind|warm|many)?\\s*regards|sincerely|thanks|thank you|cheers|best|br|yours(?: truly)?)"
					+ "\\s*[,.!]?[ \\t]*\\r?\\n[ \\t]*" + EN_NAME.replace("(\\p{Lu}", "((?-i)\\p{Lu}") + "[ \\t]*$");

	private static final String HAN = "[\\p{IsHan}]";

	private static final Pattern CN_CUE = Pattern
		.compile("(?:我叫|我的名字是|我的名字叫|名字叫|姓名\\s*[:：]?|联系人\\s*[:：]?|收件人\\s*[:：]?|收货人\\s*[:：]?|签名\\s*[:：]?)\\s*(" + HAN
				+ "{2,4})");

	private static final Pattern CN_SELF = Pattern.compile("(?:我是|本人是?|亲爱的|尊敬的)(" + HAN + "{2,4})");

	private static final Pattern CN_TITLE = Pattern.compile("(" + HAN + "{1,3})(?:先生|女士|小姐|老师|经理)");

	/** Characters that end a Chinese name: particles and common words that follow one. */
	private static final String CN_STOP = "的了是在和与跟说要想，。！？、；：,.!? 吗呢吧啊我你他她它们也都就还又很";

	private static final Set<String> NOT_CN_GIVEN = Set.of("用户", "会员", "客户", "老用户", "新用户", "顾客", "买家", "卖家", "学生",
			"家长");

	private final Set<String> surnames;

	private final Set<String> notNames;

	public NameDetector() {
		Set<String> surnames = new HashSet<>();
		Set<String> notNames = new HashSet<>();
		Set<String> target = null;
		for (String line : readResource().split("\\R")) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			if (line.startsWith("[")) {
				target = line.equals("[surnames]") ? surnames : notNames;
				continue;
			}
			if (target != null) {
				target.addAll(List.of(line.strip().split("\\s+")));
			}
		}
		this.surnames = Set.copyOf(surnames);
		this.notNames = Set.copyOf(notNames);
	}

	@Override
	public PersonalDataType type() {
		return PersonalDataType.NAME;
	}

	@Override
	public void find(String text, List<MaskedSpan> found) {
		findEnglish(STRONG_EN.matcher(text), found);
		findEnglish(WEAK_EN.matcher(text), found);
		findEnglish(SIGNATURE.matcher(text), found);
		findChinese(text, CN_CUE.matcher(text), false, found);
		findChinese(text, CN_SELF.matcher(text), true, found);
		Matcher title = CN_TITLE.matcher(text);
		while (title.find()) {
			String candidate = title.group(1);
			// Keep the longest tail that starts with a surname: 请李先生 -> 李, 联系张伟先生 -> 张伟.
			for (int i = Math.max(0, candidate.length() - 3); i < candidate.length(); i++) {
				String tail = candidate.substring(i);
				if (surnameLength(tail) > 0 && cut(tail).equals(tail)) {
					found.add(new MaskedSpan(type(), title.start(1) + i, title.end(1)));
					break;
				}
			}
		}
	}

	private void findEnglish(Matcher m, List<MaskedSpan> found) {
		while (m.find()) {
			String name = m.group(1);
			String[] words = name.split(" ");
			int keep = 0;
			while (keep < words.length && !this.notNames.contains(words[keep])) {
				keep++;
			}
			if (keep == 0) {
				continue;
			}
			int length = String.join(" ", List.of(words).subList(0, keep)).length();
			found.add(new MaskedSpan(type(), m.start(1), m.start(1) + length));
		}
	}

	private void findChinese(String text, Matcher m, boolean needsSurname, List<MaskedSpan> found) {
		while (m.find()) {
			String name = cut(m.group(1));
			int surname = surnameLength(name);
			if (name.length() < 2 || (needsSurname && surname == 0) || name.length() > surname + 2
					|| NOT_CN_GIVEN.stream().anyMatch(name.substring(Math.max(surname, 1))::startsWith)) {
				continue;
			}
			found.add(new MaskedSpan(type(), m.start(1), m.start(1) + name.length()));
		}
	}

	private String cut(String candidate) {
		for (int i = 1; i < candidate.length(); i++) {
			if (CN_STOP.indexOf(candidate.charAt(i)) >= 0) {
				return candidate.substring(0, i);
			}
		}
		return candidate.length() > 3 && surnameLength(candidate) < 2 ? candidate.substring(0, 3) : candidate;
	}

	private int surnameLength(String name) {
		if (name.length() >= 3 && this.surnames.contains(name.substring(0, 2))) {
			return 2;
		}
		return (!name.isEmpty() && this.surnames.contains(name.substring(0, 1))) ? 1 : 0;
	}

	private static String readResource() {
		try (InputStream in = NameDetector.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

}
