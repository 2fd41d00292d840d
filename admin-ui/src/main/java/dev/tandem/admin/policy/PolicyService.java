package dev.tandem.admin.policy;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.admin.kb.KnowledgeBaseService;
import dev.tandem.admin.security.CurrentUser;
import dev.tandem.admin.security.Role;
import dev.tandem.admin.security.SignedInUser;
import dev.tandem.connector.mode.Mode;
import dev.tandem.connector.mode.ModeChanged;
import dev.tandem.connector.mode.OperatingMode;
import dev.tandem.connector.triage.PolicyStore;
import dev.tandem.connector.triage.TriagePolicy;

/**
 * The triage policy and the operating mode for the policy page: admins and managers read,
 * only admins change (the security boundary is here, not only in the view). Every change
 * is saved by the connector's stores, which version and audit it with the signed-in user.
 * Throws {@link IllegalStateException} when the connector does not run in this process.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class PolicyService {

	/** Versions the history shows. */
	static final int HISTORY_SIZE = 100;

	private final ObjectProvider<PolicyStore> policies;

	private final ObjectProvider<OperatingMode> mode;

	private final ObjectProvider<KnowledgeBaseService> knowledgeBase;

	private final CurrentUser currentUser;

	PolicyService(ObjectProvider<PolicyStore> policies, ObjectProvider<OperatingMode> mode,
			ObjectProvider<KnowledgeBaseService> knowledgeBase, CurrentUser currentUser) {
		this.policies = policies;
		this.mode = mode;
		this.knowledgeBase = knowledgeBase;
		this.currentUser = currentUser;
	}

	/** Whether the signed-in user may change the policy and the mode. */
	public boolean canEdit() {
		return this.currentUser.get().filter((user) -> user.hasRole(Role.ADMIN)).isPresent();
	}

	public TriagePolicy current() {
		return store().current();
	}

	/** Saved versions, newest first, ending with the configured defaults (version 0). */
	public List<TriagePolicy> history() {
		List<TriagePolicy> saved = store().history(HISTORY_SIZE);
		if (saved.size() < HISTORY_SIZE) {
			return java.util.stream.Stream.concat(saved.stream(), java.util.stream.Stream.of(store().defaults()))
				.toList();
		}
		return saved;
	}

	/** The version before {@code policy}, to show what it changed. */
	public Optional<TriagePolicy> previous(TriagePolicy policy) {
		return (policy.version() == 0) ? Optional.empty() : store().version(policy.version() - 1);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public TriagePolicy save(TriagePolicy changed, int basedOn, String comment) {
		return store().save(changed, basedOn, actor(), Optional.of(comment));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public TriagePolicy restore(int version, int basedOn, String comment) {
		return store().restore(version, basedOn, actor(), Optional.of(comment));
	}

	public Mode mode() {
		return operatingMode().current();
	}

	public Optional<OperatingMode.ModeSetting> lastModeSwitch() {
		return operatingMode().lastSwitch();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public ModeChanged switchMode(Mode to, String reason) {
		return operatingMode().switchTo(to, actor(),
				Optional.ofNullable(reason).map(String::strip).filter((text) -> !text.isEmpty()));
	}

	/** The knowledge base's categories, to choose from (admins only: they edit). */
	@PreAuthorize("hasRole('ADMIN')")
	public SortedSet<String> categories() {
		KnowledgeBaseService kb = this.knowledgeBase.getIfAvailable();
		return (kb != null) ? kb.categories() : new TreeSet<>();
	}

	private String actor() {
		return this.currentUser.get().map(SignedInUser::username).orElse("unknown");
	}

	private PolicyStore store() {
		return Optional.ofNullable(this.policies.getIfAvailable())
			.orElseThrow(() -> new IllegalStateException("the connector does not run in this process"));
	}

	private OperatingMode operatingMode() {
		return Optional.ofNullable(this.mode.getIfAvailable())
			.orElseThrow(() -> new IllegalStateException("the connector does not run in this process"));
	}

}
