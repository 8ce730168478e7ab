package ilium.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;

import ilium.outcomes.Instrument;
import ilium.outcomes.Mcid;
import ilium.outcomes.OutcomeView;

/**
 * One instrument's scores over time as the chart draws them (WEB.md: an SVG drawn on the
 * server, with the MCID band): the points left to right in the order taken, and the band
 * between the baseline and the first score that would be a clinically important
 * improvement (the instrument's own {@link Mcid}, in points). Lengths are in the SVG's
 * user units; the page's CSS gives the colours.
 *
 * @param instrument the instrument
 * @param points each measure with its place in the drawing
 * @param bandTop the band's upper edge
 * @param bandHeight the band's height
 * @param polyline the line through the points, as SVG {@code points}
 * @param improvement how the latest score stands against the baseline, in words
 */
record TrendChart(Instrument instrument, List<Point> points, int bandTop, int bandHeight, String polyline,
		String improvement) {

	static final int LEFT = 48;

	static final int RIGHT = 620;

	static final int TOP = 16;

	static final int BOTTOM = 176;

	/** A measure at its place: its date and score as shown, and where it is drawn. */
	record Point(String takenOn, String score, int x, int y) {
	}

	/**
	 * The chart of an instrument's measures (at least one, oldest first, none in error).
	 */
	static TrendChart of(Instrument instrument, List<OutcomeView> measures) {
		Mcid mcid = instrument.mcid();
		BigDecimal baseline = measures.getFirst().score();
		BigDecimal latest = measures.getLast().score();
		BigDecimal threshold = mcid.better() == Mcid.Better.LOWER
				? baseline.subtract(mcid.points()).max(BigDecimal.ZERO) : baseline.add(mcid.points());
		BigDecimal top = measures.stream()
			.map(OutcomeView::score)
			.reduce(threshold, BigDecimal::max)
			.max(BigDecimal.ONE);
		List<Point> points = IntStream.range(0, measures.size())
			.mapToObj(i -> new Point(measures.get(i).takenOn().toString(),
					measures.get(i).score().stripTrailingZeros().toPlainString(), x(i, measures.size()),
					y(measures.get(i).score(), top)))
			.toList();
		int bandTop = Math.min(y(baseline, top), y(threshold, top));
		int bandHeight = Math.abs(y(baseline, top) - y(threshold, top));
		String polyline = String.join(" ", points.stream().map(p -> p.x() + "," + p.y()).toList());
		String improvement = measures.size() == 1 ? "Baseline only" : mcid.improved(baseline, latest)
				? "Clinically important improvement since the baseline" : "No clinically important improvement yet";
		return new TrendChart(instrument, points, bandTop, bandHeight, polyline, improvement);
	}

	private static int x(int index, int count) {
		return count == 1 ? (LEFT + RIGHT) / 2 : LEFT + index * (RIGHT - LEFT) / (count - 1);
	}

	private static int y(BigDecimal score, BigDecimal top) {
		return BOTTOM
				- score.multiply(BigDecimal.valueOf(BOTTOM - TOP)).divide(top, 0, RoundingMode.HALF_UP).intValue();
	}

}
