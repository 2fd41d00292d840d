package dev.tandem.understanding.privacy.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTest {

	@Test
	void luhnAcceptsValidCardNumbersAndRejectsOneDigitOff() {
		assertThat(Checksums.luhn("4111111111111111")).isTrue();
		assertThat(Checksums.luhn("378282246310005")).isTrue();
		assertThat(Checksums.luhn("6011111111111117")).isTrue();
		assertThat(Checksums.luhn("4111111111111112")).isFalse();
		assertThat(Checksums.luhn("41111111111111a1")).isFalse();
		assertThat(Checksums.luhn("")).isFalse();
	}

	@Test
	void chineseResidentIdChecksIso7064Mod11() {
		assertThat(Checksums.chineseResidentId("11010519491231002X")).isTrue();
		assertThat(Checksums.chineseResidentId("11010519491231002x")).isTrue();
		assertThat(Checksums.chineseResidentId("110105194912310021")).isFalse();
		assertThat(Checksums.chineseResidentId("11010519491231002")).isFalse();
	}

	@Test
	void ibanChecksMod97() {
		assertThat(Checksums.iban("DE89370400440532013000")).isTrue();
		assertThat(Checksums.iban("GB82WEST12345698765432")).isTrue();
		assertThat(Checksums.iban("FR1420041010050500013M02606")).isTrue();
		assertThat(Checksums.iban("DE89370400440532013001")).isFalse();
		assertThat(Checksums.iban("DE8")).isFalse();
		assertThat(Checksums.iban("DE89-370400440532013000")).isFalse();
	}

	@Test
	void ipv6NeedsAllGroupsOrOneCompression() {
		assertThat(IpAddressDetector.isIpv6("2001:db8::1")).isTrue();
		assertThat(IpAddressDetector.isIpv6("fe80:0:0:0:202:b3ff:fe1e:8329")).isTrue();
		assertThat(IpAddressDetector.isIpv6("::ffff:192.0.2.1")).isTrue();
		assertThat(IpAddressDetector.isIpv6("12:30:45")).isFalse();
		assertThat(IpAddressDetector.isIpv6("00:1a:2b:3c:4d:5e")).isFalse();
		assertThat(IpAddressDetector.isIpv6("1::2::3")).isFalse();
	}

}
