package dev.tandem.connector.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AssignmentReasonsBundleTest {

	@Test
	void chineseHasEveryEnglishReasonWithTheSameArguments() throws IOException {
		Properties english = load("assignment-reasons.properties");
		Properties chinese = load("assignment-reasons_zh.properties");
		assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (String key : english.stringPropertyNames()) {
			assertThat(new MessageFormat(chinese.getProperty(key)).getFormats()).as(key)
				.hasSameSizeAs(new MessageFormat(english.getProperty(key)).getFormats());
		}
	}

	@Test
	void everyPatternIsAValidMessageFormat() throws IOException {
		for (String file : new String[] { "assignment-reasons.properties", "assignment-reasons_zh.properties" }) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				assertThatNoException().as(file + " " + key)
					.isThrownBy(() -> new MessageFormat(messages.getProperty(key)));
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AssignmentReasonsBundleTest.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
