package dev.tandem.admin.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.timepicker.TimePicker;

import dev.tandem.connector.assignment.Shift;

/**
 * One weekday of an agent's hours in {@link AgentDialog}: works or not, from, until, ends
 * the next day. Shifts are 30-minute steps; "24:00" means until midnight.
 */
final class DayRow extends Div {

	final DayOfWeek day;

	final Checkbox works = new Checkbox();

	final TimePicker start = new TimePicker();

	final TimePicker end = new TimePicker();

	final Checkbox overnight = new Checkbox();

	DayRow(DayOfWeek day) {
		this.day = day;
		addClassName("tandem-routing-day");
		setId("routing-day-" + day.name().toLowerCase(Locale.ROOT));
		this.works.setLabel(day.getDisplayName(TextStyle.FULL, getLocale()));
		this.start.setAriaLabel(getTranslation("routing.agent.start"));
		this.end.setAriaLabel(getTranslation("routing.agent.end"));
		this.start.setStep(Duration.ofMinutes(30));
		this.end.setStep(Duration.ofMinutes(30));
		this.overnight.setLabel(getTranslation("routing.agent.overnight"));
		this.works.addValueChangeListener((event) -> enable(event.getValue()));
		add(this.works, this.start, this.end, this.overnight);
	}

	void show(Optional<Shift> shift) {
		this.works.setValue(shift.isPresent());
		this.start.setValue(shift.flatMap((s) -> time(s.start())).orElse(LocalTime.of(9, 0)));
		this.end.setValue(shift.flatMap((s) -> time(s.end())).orElse(LocalTime.of(17, 0)));
		this.overnight.setValue(shift.map(Shift::overnight).orElse(false));
		enable(shift.isPresent());
	}

	private void enable(boolean working) {
		this.start.setEnabled(working);
		this.end.setEnabled(working);
		this.overnight.setEnabled(working);
	}

	/** Empty when invalid; an empty shift for a day off. */
	Optional<Optional<Shift>> read() {
		this.end.setInvalid(false);
		if (!this.works.getValue()) {
			return Optional.of(Optional.empty());
		}
		LocalTime from = this.start.getValue();
		LocalTime until = this.end.getValue();
		if (from == null || until == null) {
			this.end.setErrorMessage(getTranslation("routing.agent.hours.required"));
			this.end.setInvalid(true);
			return Optional.empty();
		}
		boolean night = this.overnight.getValue();
		boolean toMidnight = until.equals(LocalTime.MIDNIGHT) && !night;
		if (!toMidnight && (night ? !until.isBefore(from) : !until.isAfter(from))) {
			this.end.setErrorMessage(
					getTranslation(night ? "routing.agent.hours.overnight-order" : "routing.agent.hours.order"));
			this.end.setInvalid(true);
			return Optional.empty();
		}
		return Optional.of(Optional.of(new Shift(from.toString(), toMidnight ? "24:00" : until.toString(), night)));
	}

	private static Optional<LocalTime> time(String value) {
		if ("24:00".equals(value)) {
			return Optional.of(LocalTime.MIDNIGHT);
		}
		try {
			return Optional.of(LocalTime.parse((value.length() == 4) ? "0" + value : value));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
