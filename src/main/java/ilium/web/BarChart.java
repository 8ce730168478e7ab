package ilium.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (WEB.md: readable without
 * JavaScript). Each bar's length is its value against the largest, in the chart's own
 * units; the page (app/chart.html) draws it 640 units wide, labels in the first 220, with
 * presentation attributes only (the policy refuses style attributes) and shows the same
 * figures in a table beside it.
 */
record BarChart(String title, int height, List<Bar> bars) {

	/** The longest bar, in the SVG's units. */
	static final int BAR_SPACE = 360;

	static final int ROW_HEIGHT = 28;

	static BarChart of(String title, List<Bar> bars) {
		double largest = bars.stream().mapToDouble(Bar::value).max().orElse(0);
		return new BarChart(title, Math.max(1, bars.size()) * ROW_HEIGHT,
				bars.stream()
					.map(bar -> new Bar(bar.label(), bar.value(), bar.shown(),
							largest <= 0 ? 0 : (int) Math.round(BAR_SPACE * Math.max(0, bar.value()) / largest)))
					.toList());
	}

	/**
	 * One bar: its label, its value, the value as the page shows it, and its length.
	 */
	record Bar(String label, double value, String shown, int length) {

		static Bar of(String label, long value) {
			return new Bar(label, value, Long.toString(value), 0);
		}

		static Bar percent(String label, BigDecimal fraction) {
			BigDecimal percent = fraction.movePointRight(2);
			return new Bar(label, percent.doubleValue(), percent.setScale(0, RoundingMode.HALF_UP) + " %", 0);
		}

		static Bar withheld(String label) {
			return new Bar(label, 0, "withheld", 0);
		}

	}

}
