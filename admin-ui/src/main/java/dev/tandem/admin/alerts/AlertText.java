package dev.tandem.admin.alerts;

import java.util.function.BiFunction;

import dev.tandem.connector.alerts.Alert;

/** An alert in the user's language. */
final class AlertText {

	private AlertText() {
	}

	static String of(Alert alert, BiFunction<String, Object[], String> text) {
		return switch (alert.kind()) {
			case NEGATIVE_SENTIMENT -> text.apply("alerts.negative",
					new Object[] { alert.count(), Math.round(alert.baselineMean() * 10) / 10.0 });
			case TOPIC_SPIKE -> text.apply("alerts.topic", new Object[] { alert.topic().orElse("?"), alert.count(),
					Math.round(alert.baselineMean() * 10) / 10.0 });
		};
	}

}
