package dev.tandem.admin.gaps;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;

import dev.tandem.connector.gaps.GapTrend;
import dev.tandem.connector.gaps.KnowledgeGap;

/**
 * A gap's volume against the period before: an arrow and the change in percent ("new"
 * when it had no tickets then), the earlier count on hover.
 */
class GapTrendCell extends Span {

	GapTrendCell(KnowledgeGap gap) {
		addClassNames("tandem-gaps-trend", "tandem-gaps-trend-" + gap.trend().name().toLowerCase(Locale.ROOT));
		setText((gap.previousSize() == 0) ? "↑ " + getTranslation("gaps.trend.new") : arrowAndPercent(gap));
		Tooltip.forComponent(this)
			.withText(getTranslation("gaps.trend.tooltip", gap.previousSize(),
					getTranslation("gaps.trend." + gap.trend().name())));
	}

	/**
	 * "↑ +50 %", "↓ -25 %", "→ 0 %" (a rise or fall too small to count as a trend:
	 * "↗"/"↘").
	 */
	static String arrowAndPercent(KnowledgeGap gap) {
		long percent = change(gap);
		String arrow = (gap.trend() == GapTrend.RISING) ? "↑"
				: (gap.trend() == GapTrend.FALLING) ? "↓" : (percent > 0) ? "↗" : (percent < 0) ? "↘" : "→";
		return arrow + " " + ((percent > 0) ? "+" : "") + percent + " %";
	}

	/**
	 * Change against the period before in whole percent; a new gap sorts above every
	 * growth.
	 */
	static long change(KnowledgeGap gap) {
		if (gap.previousSize() == 0) {
			return Long.MAX_VALUE;
		}
		return Math.round((gap.size() - gap.previousSize()) * 100.0 / gap.previousSize());
	}

}
