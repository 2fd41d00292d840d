package dev.tandem.admin.policy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.CalibrationService;

/**
 * The calibration in force (threshold, target precision, precision/coverage curve) and
 * what its out-of-scope estimate rests on, for the policy pages. Read-only.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class CalibrationCurveService {

	private final CalibrationService calibration;

	CalibrationCurveService(CalibrationService calibration) {
		this.calibration = calibration;
	}

	public Calibration current() {
		return this.calibration.current();
	}

	/**
	 * How many known out-of-scope questions calibration asks (0: it estimates the
	 * out-of-scope answer rate by leaving articles out).
	 */
	public int knownOutOfScopeQuestions() {
		return this.calibration.outOfScopeExamples().size();
	}

}
