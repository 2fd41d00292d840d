package dev.tandem.understanding.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskerTest {

	private final PersonalDataMasker masker = new PersonalDataMasker();

	@Test
	void masksEmailWithTypedPlaceholderAndOriginalOffsets() {
		String text = "Contact me at jane.doe+tickets@example.co.uk please";
		MaskedText masked = this.masker.mask(text);
		assertThat(masked.text()).isEqualTo("Contact me at [EMAIL] please");
		assertThat(masked.masks()).containsExactly(new MaskedSpan(PersonalDataType.EMAIL, 14, 44));
		assertThat(text.substring(14, 44)).isEqualTo("jane.doe+tickets@example.co.uk");
	}

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "+86 138 1234 5678", "138-1234-5678", "+1 (555) 123-4567",
			"+44 20 7946 0958", "(555) 123-4567", "010-12345678", "0049 30 1234567" })
	void masksPhoneNumbers(String phone) {
		assertThat(this.masker.mask("call " + phone + " today").text()).isEqualTo("call [PHONE] today");
	}

	@Test
	void masksNumberAfterPhoneCue() {
		assertThat(this.masker.mask("电话：5551234567").text()).isEqualTo("电话：[PHONE]");
		assertThat(this.masker.mask("tel: 0301234567").text()).isEqualTo("tel: [PHONE]");
	}

	@Test
	void masksCardOnlyWhenLuhnValid() {
		assertThat(this.masker.mask("card 4111 1111 1111 1111 was charged").text())
			.isEqualTo("card [CARD] was charged");
		assertThat(this.masker.mask("card 5500-0000-0000-0004").text()).isEqualTo("card [CARD]");
		// Same shape, wrong check digit: left alone.
		assertThat(this.masker.mask("card 4111 1111 1111 1112").text()).isEqualTo("card 4111 1111 1111 1112");
	}

	@Test
	void masksChineseResidentIdOnlyWithValidChecksum() {
		assertThat(this.masker.mask("身份证号11010519491231002X，请核实").text()).isEqualTo("身份证号[CN_ID]，请核实");
		assertThat(this.masker.mask("身份证号110105194912310021").text()).isEqualTo("身份证号110105194912310021");
	}

	@Test
	void masksIbanCompactOrGroupedOnlyWithValidMod97() {
		assertThat(this.masker.mask("IBAN DE89 3704 0044 0532 0130 00 please refund").text())
			.isEqualTo("IBAN [IBAN] please refund");
		assertThat(this.masker.mask("to GB82WEST12345698765432.").text()).isEqualTo("to [IBAN].");
		assertThat(this.masker.mask("to GB82WEST12345698765433").text()).isEqualTo("to GB82WEST12345698765433");
	}

	@Test
	void masksIpv4AndIpv6ButNotVersionsOrTimes() {
		assertThat(this.masker.mask("from 192.168.10.254 and 2001:db8::8a2e:370:7334.").text())
			.isEqualTo("from [IP] and [IP].");
		assertThat(this.masker.mask("host ::1 is local").text()).isEqualTo("host [IP] is local");
		assertThat(this.masker.mask("upgraded to version 1.2.3.4 at 12:30:45").text())
			.isEqualTo("upgraded to version 1.2.3.4 at 12:30:45");
	}

	@Test
	void masksNamesGivenAwayByTheText() {
		assertThat(this.masker.mask("Hi, my name is John Smith and I need help").text())
			.isEqualTo("Hi, my name is [NAME] and I need help");
		assertThat(this.masker.mask("Dear Maria,\nthe app crashes").text()).isEqualTo("Dear [NAME],\nthe app crashes");
		assertThat(this.masker.mask("It fails.\n\nBest regards,\nPeter Miller").text())
			.isEqualTo("It fails.\n\nBest regards,\n[NAME]");
		assertThat(this.masker.mask("This is Anna from Acme, our VPN is down").text())
			.isEqualTo("This is [NAME] from Acme, our VPN is down");
	}

	@Test
	void masksChineseNamesAfterCuesAndSurnames() {
		assertThat(this.masker.mask("你好，我叫张伟，订单没到").text()).isEqualTo("你好，[NAME]，订单没到".replace("[NAME]", "我叫[NAME]"));
		assertThat(this.masker.mask("我是李娜，无法登录").text()).isEqualTo("我是[NAME]，无法登录");
		assertThat(this.masker.mask("请王先生回电").text()).isEqualTo("请[NAME]先生回电");
		assertThat(this.masker.mask("我是新用户，无法登录").text()).isEqualTo("我是新用户，无法登录");
		assertThat(this.masker.mask("我是会员").text()).isEqualTo("我是会员");
	}

	@Test
	void doesNotMaskWordsThatOnlyLookLikeNames() {
		assertThat(this.masker.mask("I'm Sorry to say this. Hi Team, I am Very upset.").hasMasks()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Order #20240512-0001", "order 202405120001", "ORD-88213377", "on 2024-05-12",
			"on 12.05.2024", "on 05/12/2024", "paid $1,234.56", "paid ¥2,399.00", "1.234,56 €", "version 10.0.19041.1",
			"v2.3.1", "tracking 1Z999AA10123456784", "tracking SF1234567890123", "USPS 9400111899223100012345",
			"build 4.18.2-rc1", "at 14:05", "qty 3 x 199 = 597" })
	void leavesOrderNumbersDatesAmountsAndVersionsIntact(String text) {
		MaskedText masked = this.masker.mask(text);
		assertThat(masked.text()).isEqualTo(text);
		assertThat(masked.masks()).isEmpty();
	}

	@Test
	void neverKeepsOriginalValuesInTheResult() {
		MaskedText masked = this.masker.mask("mail a@b.io, card 4111111111111111, phone 13912345678");
		assertThat(masked.toString()).doesNotContain("a@b.io", "4111111111111111", "13912345678");
		assertThat(masked.counts()).containsEntry(PersonalDataType.EMAIL, 1L)
			.containsEntry(PersonalDataType.CARD, 1L)
			.containsEntry(PersonalDataType.PHONE, 1L);
	}

	@Test
	void handlesEmptyNullBinaryAndHugeInput() {
		assertThat(this.masker.mask(null)).isEqualTo(MaskedText.empty());
		assertThat(this.masker.mask("").text()).isEmpty();
		assertThat(this.masker.mask("\u0000\u0001\uFFFD\u0007").masks()).isEmpty();
		String huge = "x@y.com ".repeat(2_000);
		MaskedText masked = new PersonalDataMasker(java.util.EnumSet.allOf(PersonalDataType.class), 10_003).mask(huge);
		assertThat(masked.truncated()).isTrue();
		assertThat(masked.text()).doesNotContain("x@y.com").doesNotContain("@").endsWith("[EMAIL] ");
	}

	@Test
	void onlyMasksTheConfiguredTypes() {
		PersonalDataMasker emailsOnly = new PersonalDataMasker(java.util.Set.of(PersonalDataType.EMAIL), 1000);
		assertThat(emailsOnly.mask("a@b.io 13812345678").text()).isEqualTo("[EMAIL] 13812345678");
	}

	@Test
	void overlappingFindingsKeepTheStrongerType() {
		List<MaskedSpan> kept = PersonalDataMasker.resolve(List.of(new MaskedSpan(PersonalDataType.PHONE, 0, 11),
				new MaskedSpan(PersonalDataType.CARD, 0, 16), new MaskedSpan(PersonalDataType.NAME, 20, 25)));
		assertThat(kept).containsExactly(new MaskedSpan(PersonalDataType.CARD, 0, 16),
				new MaskedSpan(PersonalDataType.NAME, 20, 25));
	}

}
