package dev.tandem.admin.dashboards;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import dev.tandem.connector.reporting.ReportQuery;

/** Time range, category, language and time zone of the dashboards. */
class DashboardFilters extends HorizontalLayout {

	static final List<Integer> PERIODS = List.of(1, 7, 30, 90);

	final Select<Integer> period = new Select<>();

	final ComboBox<String> category = new ComboBox<>();

	final Select<String> language = new Select<>();

	final ComboBox<String> zone = new ComboBox<>();

	DashboardFilters(Runnable onChange) {
		setId("dashboard-filters");
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		this.period.setId("filter-period");
		this.period.setLabel(getTranslation("dashboards.filter.period"));
		this.period.setItems(PERIODS);
		this.period.setItemLabelGenerator((days) -> getTranslation("dashboards.filter.days", days));
		this.period.setValue(30);
		this.category.setId("filter-category");
		this.category.setLabel(getTranslation("dashboards.filter.category"));
		this.category.setPlaceholder(getTranslation("dashboards.filter.all"));
		this.category.setClearButtonVisible(true);
		this.language.setId("filter-language");
		this.language.setLabel(getTranslation("dashboards.filter.language"));
		this.language.setItems("", "en", "zh");
		this.language.setItemLabelGenerator((code) -> code.isEmpty() ? getTranslation("dashboards.filter.all")
				: getTranslation("dashboards.language." + code));
		this.language.setValue("");
		this.zone.setId("filter-zone");
		this.zone.setLabel(getTranslation("dashboards.filter.zone"));
		this.zone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
		this.zone.setValue("UTC");
		this.period.addValueChangeListener((e) -> onChange.run());
		this.category.addValueChangeListener((e) -> onChange.run());
		this.language.addValueChangeListener((e) -> onChange.run());
		this.zone.addValueChangeListener((e) -> {
			if (e.getValue() != null) {
				onChange.run();
			}
		});
		add(this.period, this.category, this.language, this.zone);
	}

	ReportQuery query(Clock clock) {
		ZoneId zoneId = Optional.ofNullable(this.zone.getValue()).map(ZoneId::of).orElse(ZoneId.of("UTC"));
		ReportQuery last = ReportQuery.lastDays(clock.instant(), this.period.getValue(), zoneId);
		return new ReportQuery(last.from(), last.to(), Optional.ofNullable(this.category.getValue()),
				Optional.ofNullable(this.language.getValue()), zoneId);
	}

	/** Categories to choose from: those of the last report, and the one chosen. */
	void offerCategories(List<String> categories) {
		TreeSet<String> items = new TreeSet<>(categories);
		Optional.ofNullable(this.category.getValue()).ifPresent(items::add);
		String chosen = this.category.getValue();
		this.category.setItems(items);
		this.category.setValue(chosen);
	}

}
