package dev.tandem.connector.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The sandbox exists only with profile {@code demo} and no Jira site configured
 * ({@code tandem.jira.base-url} empty): it can never stand in front of a real Jira.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile("demo")
@Conditional(SandboxActive.NoJiraSite.class)
@interface SandboxActive {

	/** {@code tandem.jira.base-url} is empty. */
	final class NoJiraSite extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String baseUrl = context.getEnvironment().getProperty("tandem.jira.base-url", "");
			return baseUrl.isBlank() ? ConditionOutcome.match("no Jira site configured: demo sandbox")
					: ConditionOutcome.noMatch("tandem.jira.base-url is set: no sandbox");
		}

	}

}
