package dev.tandem.connector.sandbox;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.retrieval.ArticleIndexingQueue;

import java.time.Clock;
import java.time.Duration;

import dev.tandem.connector.cases.CaseStore;
import dev.tandem.jira.InternalNoteMode;
import dev.tandem.jira.JiraFlavor;
import dev.tandem.jira.JiraProperties;
import dev.tandem.connector.jirasite.JiraEndpoint;
import dev.tandem.connector.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The demo sandbox: an in-process Jira Cloud at {@code /sandbox/jira} that the connector
 * uses as its Jira site, seeded with sample tickets at start-up.
 */
@Configuration(proxyBeanMethods = false)
@SandboxActive
class SandboxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

	@Bean
	SandboxCredentials sandboxCredentials() {
		return SandboxCredentials.random();
	}

	@Bean
	SandboxJira sandboxJira(Clock clock, CaseStore cases) {
		int first = 1;
		try {
			first += (int) cases.countInProject(SandboxJira.PROJECT);
		}
		catch (StoreUnavailableException ex) {
			log.warn("Sandbox keys start at {}-1: Elasticsearch unavailable ({})", SandboxJira.PROJECT,
					ex.getMessage());
		}
		return new SandboxJira(clock, first);
	}

	@Bean
	Sandbox sandbox(SandboxJira jira, Environment environment, SandboxCredentials credentials) {
		return new Sandbox(jira, new SandboxWebhooks(() -> port(environment), credentials));
	}

	@Bean
	JiraEndpoint sandboxJiraEndpoint(Environment environment, SandboxCredentials credentials) {
		return () -> {
			int port = port(environment);
			String baseUrl = (port > 0) ? "http://127.0.0.1:" + port + "/sandbox/jira" : "";
			return new JiraProperties(baseUrl, JiraFlavor.CLOUD, credentials.user(), credentials.apiToken(), null,
					credentials.webhookSecret(), null, Duration.ofSeconds(2), Duration.ofSeconds(10), null,
					InternalNoteMode.COMMENT_PROPERTY, null);
		};
	}

	/** The sandbox checks its own credentials; Spring Security stays out of its way. */
	@Bean
	@Order(0)
	SecurityFilterChain sandboxJiraSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/sandbox/jira/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	DemoKnowledgeBase demoKnowledgeBase(ArticleRepository articles, ArticleIndexingQueue indexing,
			CalibrationService calibration, Clock clock) {
		return new DemoKnowledgeBase(articles, indexing, calibration, clock);
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed(ApplicationReadyEvent ready) {
		Sandbox sandbox = ready.getApplicationContext().getBean(Sandbox.class);
		DemoKnowledgeBase knowledgeBase = ready.getApplicationContext().getBean(DemoKnowledgeBase.class);
		if (!sandbox.tickets().isEmpty()) {
			return;
		}
		// In the background: the UI is usable at once; tickets follow once the knowledge
		// base can answer.
		Thread.ofPlatform().name("demo-seed").daemon().start(() -> {
			try {
				knowledgeBase.seedIfEmpty();
			}
			catch (RuntimeException ex) {
				log.warn("Demo: the sample knowledge base could not be loaded ({}); tickets will go to humans",
						ex.getMessage());
			}
			log.info("Demo sandbox: no Jira configured, Tandem works on an in-process Jira with sample tickets "
					+ "(reply as the customer through the admin UI or POST /api/v1/sandbox/tickets/{key}/comments)");
			// one or two of each kind: automatic answers (en, zh), a suggestion, anger, a
			// VIP, a person request
			for (int sample : new int[] { 0, 9, 14, 22, 28, 34 }) {
				sandbox.replaySample(sample);
			}
		});
	}

	private static int port(Environment environment) {
		return environment.getProperty("local.server.port", Integer.class, 0);
	}

}
