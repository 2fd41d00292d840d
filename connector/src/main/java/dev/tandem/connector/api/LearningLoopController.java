package dev.tandem.connector.api;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.tandem.connector.gaps.DraftCreated;
import dev.tandem.connector.gaps.GapDrafts;
import dev.tandem.connector.gaps.GapReport;
import dev.tandem.connector.gaps.KnowledgeGaps;
import dev.tandem.connector.outcomes.ArticleEffectiveness;
import dev.tandem.connector.outcomes.ArticleOutcomes;
import dev.tandem.connector.outcomes.CategoryPrecision;
import dev.tandem.connector.outcomes.OutcomeChecks;
import dev.tandem.connector.outcomes.ThresholdFeedback;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learning loop over HTTP: article effectiveness, measured precision per category,
 * the outcome checks on demand, knowledge gaps and drafts from them.
 */
@RestController
class LearningLoopController {

	private final ArticleOutcomes articles;

	private final OutcomeChecks checks;

	private final KnowledgeGaps gaps;

	private final GapDrafts drafts;

	private final ThresholdFeedback feedback;

	LearningLoopController(ArticleOutcomes articles, OutcomeChecks checks, ThresholdFeedback feedback,
			KnowledgeGaps gaps, GapDrafts drafts) {
		this.articles = articles;
		this.checks = checks;
		this.feedback = feedback;
		this.gaps = gaps;
		this.drafts = drafts;
	}

	@GetMapping("/api/v1/outcomes/articles")
	List<ArticleEffectiveness> articles(@RequestParam(defaultValue = "false") boolean flagged) {
		return flagged ? this.articles.flagged() : this.articles.all();
	}

	@GetMapping("/api/v1/outcomes/articles/{id}")
	ArticleEffectiveness article(@PathVariable String id) {
		return this.articles.effectiveness(id);
	}

	@GetMapping("/api/v1/outcomes/precision")
	List<CategoryPrecision> precision() {
		return this.feedback.precision();
	}

	/**
	 * Runs the scheduled checks now (durability, timeouts, flags, threshold feedback).
	 */
	@PostMapping("/api/v1/outcomes/check")
	OutcomeChecks.Summary check() {
		return this.checks.runOnce();
	}

	@GetMapping("/api/v1/gaps")
	ResponseEntity<GapReport> latestGaps() {
		return ResponseEntity.of(this.gaps.latest());
	}

	@PostMapping("/api/v1/gaps/compute")
	GapReport computeGaps(@RequestParam Optional<Integer> days) {
		if (days.isPresent() && (days.get() < 1 || days.get() > 365)) {
			throw new IllegalArgumentException("days must be between 1 and 365, was " + days.get());
		}
		return days.map((value) -> this.gaps.compute(Duration.ofDays(value))).orElseGet(this.gaps::compute);
	}

	@PostMapping("/api/v1/gaps/{id}/draft")
	DraftCreated draft(@PathVariable String id, Principal principal) {
		return this.drafts.createDraft(id, principal.getName());
	}

}
