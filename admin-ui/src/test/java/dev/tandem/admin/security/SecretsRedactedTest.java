package dev.tandem.admin.security;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every configuration record of every module (found on the class path, so records added
 * later are covered), and every record nested in one, that holds a secret (a text
 * component named like a token, secret, password, key or credential) redacts it in
 * {@code toString()}: configuration is logged at start-up and by failure analysers.
 */
class SecretsRedactedTest {

	private static final Pattern SECRET_NAME = Pattern
		.compile("(?i).*(secret|token|password|apikey|credential|privatekey|passphrase).*");

	@Test
	void everyConfigurationRecordRedactsItsSecretsInToString() throws Exception {
		List<String> leaks = new ArrayList<>();
		Set<Class<?>> withSecrets = new LinkedHashSet<>();
		for (Class<?> type : configurationRecords()) {
			if (!secretComponents(type).isEmpty()) {
				withSecrets.add(type);
				String text = instance(type).toString();
				for (RecordComponent secret : secretComponents(type)) {
					if (text.contains(secretValue(type, secret))) {
						leaks.add(type.getName() + "." + secret.getName());
					}
				}
			}
		}
		assertThat(withSecrets).as("records with secrets found (the scan works)")
			.extracting(Class::getSimpleName)
			.contains("ApiProperties", "JiraProperties", "ElasticsearchSettings", "User");
		assertThat(leaks).as("secrets shown by toString()").isEmpty();
	}

	/** Annotated records and the records nested in their components. */
	private static Set<Class<?>> configurationRecords() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Set<Class<?>> records = new LinkedHashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.tandem")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
			if (type.isRecord()) {
				addWithNested(type, records);
			}
		}
		return records;
	}

	private static void addWithNested(Class<?> type, Set<Class<?>> records) {
		if (!records.add(type)) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			for (Class<?> used : classesIn(component.getGenericType())) {
				if (used.isRecord()) {
					addWithNested(used, records);
				}
			}
		}
	}

	private static List<Class<?>> classesIn(Type type) {
		List<Class<?>> classes = new ArrayList<>();
		if (type instanceof Class<?> plain) {
			classes.add(plain);
		}
		else if (type instanceof ParameterizedType parameterized) {
			classes.addAll(classesIn(parameterized.getRawType()));
			for (Type argument : parameterized.getActualTypeArguments()) {
				classes.addAll(classesIn(argument));
			}
		}
		return classes;
	}

	private static List<RecordComponent> secretComponents(Class<?> type) {
		List<RecordComponent> secrets = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			boolean text = component.getType() == String.class
					|| component.getGenericType().getTypeName().equals("java.util.Optional<java.lang.String>");
			if (text && SECRET_NAME.matcher(component.getName()).matches()) {
				secrets.add(component);
			}
		}
		return secrets;
	}

	private static String secretValue(Class<?> type, RecordComponent component) {
		String value = "S3cr3t-" + type.getSimpleName() + "-" + component.getName();
		// values that must look like something to pass the record's own checks
		return component.getName().equals("passwordHash")
				? "$2a$10$" + (value + "x".repeat(53)).substring(0, 53).replaceAll("[^./A-Za-z0-9]", "x") : value;
	}

	private static Object instance(Class<?> type) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = new Class<?>[components.length];
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = sample(type, components[i]);
		}
		Constructor<?> constructor = type.getDeclaredConstructor(types);
		constructor.setAccessible(true);
		return constructor.newInstance(values);
	}

	private static Object sample(Class<?> owner, RecordComponent component) throws Exception {
		Class<?> type = component.getType();
		boolean secret = secretComponents(owner).contains(component);
		if (type == String.class) {
			return secret ? secretValue(owner, component) : "value";
		}
		if (type == Optional.class) {
			return secret ? Optional.of(secretValue(owner, component)) : Optional.empty();
		}
		if (type == boolean.class || type == Boolean.class) {
			return false;
		}
		if (type == int.class || type == Integer.class) {
			return 1;
		}
		if (type == long.class || type == Long.class) {
			return 1L;
		}
		if (type == double.class || type == Double.class) {
			return 0.5;
		}
		if (type == Duration.class) {
			return Duration.ofSeconds(1);
		}
		if (type == DataSize.class) {
			return DataSize.ofKilobytes(1);
		}
		if (type == Path.class) {
			return Path.of("file");
		}
		if (type == URI.class) {
			return URI.create("http://localhost");
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type == List.class) {
			return List.of();
		}
		if (type == Set.class) {
			return Set.of();
		}
		if (type == Map.class) {
			return Map.of();
		}
		if (type.isRecord()) {
			return instance(type);
		}
		return null;
	}

}
