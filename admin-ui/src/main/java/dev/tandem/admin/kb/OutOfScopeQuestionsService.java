package dev.tandem.admin.kb;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.admin.security.CurrentUser;
import dev.tandem.admin.security.SignedInUser;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.calibration.OutOfScopeExamples;

/**
 * The questions the knowledge base is known not to cover, which calibration asks as well
 * (what {@code kb-indexer out-of-scope} manages on the command line), for knowledge
 * managers and admins only. Saving recalibrates in the background.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'KNOWLEDGE_MANAGER')")
public class OutOfScopeQuestionsService {

	private static final Logger log = LoggerFactory.getLogger(OutOfScopeQuestionsService.class);

	private final CalibrationService calibration;

	private final CurrentUser currentUser;

	OutOfScopeQuestionsService(CalibrationService calibration, CurrentUser currentUser) {
		this.calibration = calibration;
		this.currentUser = currentUser;
	}

	public List<String> questions() {
		return this.calibration.outOfScopeExamples().texts();
	}

	/**
	 * Replaces the questions with the non-blank lines of a text (duplicates kept once).
	 * @param lines one question a line
	 * @return the questions stored
	 * @throws IllegalArgumentException naming what is wrong (more than
	 * {@value OutOfScopeExamples#MAX}); nothing is stored then
	 */
	public List<String> save(String lines) {
		List<String> questions = lines.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		OutOfScopeExamples examples = new OutOfScopeExamples(questions);
		this.calibration.storeOutOfScopeExamples(examples);
		log.info("{} stored {} known out-of-scope questions",
				this.currentUser.get().map(SignedInUser::username).orElse("unknown"), examples.size());
		return examples.texts();
	}

	/**
	 * Adds questions to the stored ones (those known already are not added twice).
	 * @return how many were new
	 * @throws IllegalArgumentException naming what is wrong (more than
	 * {@value OutOfScopeExamples#MAX} in all); nothing is stored then
	 */
	public int add(List<String> questions) {
		OutOfScopeExamples stored = this.calibration.outOfScopeExamples();
		OutOfScopeExamples more = stored
			.plus(questions.stream().map(String::strip).filter((q) -> !q.isEmpty()).toList());
		int added = more.size() - stored.size();
		if (added > 0) {
			this.calibration.storeOutOfScopeExamples(more);
			log.info("{} added {} known out-of-scope questions",
					this.currentUser.get().map(SignedInUser::username).orElse("unknown"), added);
		}
		return added;
	}

}
