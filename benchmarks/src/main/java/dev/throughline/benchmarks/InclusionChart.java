package dev.throughline.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws inclusion time against N on log-log axes with Java2D, one line per approach and
 * database: solid for PostgreSQL, dashed for H2; and beside it, on linear axes, the small N
 * (10 and 100) where fixed costs per call decide, one bar per approach and database.
 */
final class InclusionChart {

  private static final int WIDTH = 900;
  private static final int PANEL_WIDTH = 560;
  private static final List<String> SMALL_NS = List.of("10", "100");
  /** The N+1 walk is left out of the small-N panel: it would dwarf the others there. */
  private static final int SMALL_N_METHODS = 3;
  private static final int HEIGHT = 560;
  private static final int LEFT = 80;
  private static final int RIGHT = 290;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;

  private static final List<String> METHODS = List.of("InclusionBenchmark.throughline", "InclusionBenchmark.jpqlJoin",
      "InclusionBenchmark.manyToManyBatchSize", "InclusionBenchmark.oneToManyWalk");
  private static final List<Color> COLORS = List.of(new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C),
      new Color(0x7F7F7F));

  private InclusionChart() {}

  /** Draws the rows of each database (name to rows) into a PNG file. */
  static void draw(Map<String, List<Results.Row>> byDatabase, String mode, Path file) throws IOException {
    double minN = 10;
    double maxN = 10_000;
    double minMs = Double.MAX_VALUE;
    double maxMs = 0;
    for (List<Results.Row> rows : byDatabase.values()) {
      for (Results.Row row : rows) {
        if (METHODS.contains(row.benchmark())) {
          minMs = Math.min(minMs, row.medianMs());
          maxMs = Math.max(maxMs, row.medianMs());
        }
      }
    }
    if (maxMs == 0) {
      return;
    }
    double lowDecade = Math.floor(Math.log10(minMs));
    double highDecade = Math.ceil(Math.log10(maxMs));
    if (highDecade == lowDecade) {
      highDecade++;
    }
    BufferedImage image = new BufferedImage(WIDTH + PANEL_WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH + PANEL_WIDTH, HEIGHT);
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    Axis x = new Axis(Math.log10(minN), Math.log10(maxN), LEFT, LEFT + plotW);
    Axis y = new Axis(lowDecade, highDecade, TOP + plotH, TOP);

    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    // Grid: decades in solid grey, 2 and 5 within each decade in light grey.
    for (double decade = lowDecade; decade <= highDecade; decade++) {
      for (int m : new int[] {1, 2, 5}) {
        double v = decade + Math.log10(m);
        if (v > highDecade) {
          break;
        }
        g.setColor(m == 1 ? new Color(0xCCCCCC) : new Color(0xEEEEEE));
        g.draw(new Line2D.Double(LEFT, y.at(v), LEFT + plotW, y.at(v)));
        if (m == 1) {
          g.setColor(Color.DARK_GRAY);
          String label = label(Math.pow(10, decade));
          g.drawString(label, LEFT - 8 - metrics.stringWidth(label), (int) y.at(v) + metrics.getAscent() / 2 - 1);
        }
      }
    }
    for (int n = 10; n <= 10_000; n *= 10) {
      double px = x.at(Math.log10(n));
      g.setColor(new Color(0xCCCCCC));
      g.draw(new Line2D.Double(px, TOP, px, TOP + plotH));
      g.setColor(Color.DARK_GRAY);
      String label = String.format(Locale.ROOT, "%,d", n);
      g.drawString(label, (int) px - metrics.stringWidth(label) / 2, TOP + plotH + 18);
    }
    g.setColor(Color.BLACK);
    g.drawRect(LEFT, TOP, plotW, plotH);
    g.drawString("N doctors (10 patients each)", LEFT + plotW / 2 - 80, HEIGHT - 18);
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    rotated.drawString("median ms per operation", -(TOP + plotH / 2 + 70), 22);
    rotated.dispose();
    g.setFont(font.deriveFont(Font.BOLD, 15f));
    g.drawString("Inclusion time against N, log-log (" + mode + " mode)", LEFT, 30);
    g.setFont(font);

    int legendY = TOP + 10;
    List<String> databases = new ArrayList<>(byDatabase.keySet());
    for (String database : databases) {
      boolean dashed = database.equals("h2");
      Stroke stroke = dashed
          ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f)
          : new BasicStroke(2.2f);
      g.setColor(Color.BLACK);
      g.drawString(database.equals("h2") ? "H2 in memory (dashed)" : "PostgreSQL (solid)", LEFT + plotW + 20, legendY);
      legendY += 18;
      for (int i = 0; i < METHODS.size(); i++) {
        String method = METHODS.get(i);
        List<double[]> points = new ArrayList<>();
        for (Results.Row row : byDatabase.get(database)) {
          if (row.benchmark().equals(method)) {
            points.add(new double[] {x.at(Math.log10(Double.parseDouble(row.value()))), y.at(Math.log10(row.medianMs()))});
          }
        }
        points.sort((a, b) -> Double.compare(a[0], b[0]));
        g.setColor(COLORS.get(i));
        g.setStroke(stroke);
        for (int p = 1; p < points.size(); p++) {
          g.draw(new Line2D.Double(points.get(p - 1)[0], points.get(p - 1)[1], points.get(p)[0], points.get(p)[1]));
        }
        g.setStroke(new BasicStroke(1f));
        for (double[] point : points) {
          g.fill(new Ellipse2D.Double(point[0] - 3.5, point[1] - 3.5, 7, 7));
        }
        g.setStroke(stroke);
        g.draw(new Line2D.Double(LEFT + plotW + 20, legendY - 4, LEFT + plotW + 50, legendY - 4));
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.drawString(Plan.label(method), LEFT + plotW + 56, legendY);
        legendY += 18;
      }
      legendY += 10;
    }
    drawSmallN(g, byDatabase, font);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  /** One linear bar chart per small N, right of the log-log plot: a cluster of bars per database. */
  private static void drawSmallN(Graphics2D g, Map<String, List<Results.Row>> byDatabase, Font font) {
    int plotH = HEIGHT - TOP - BOTTOM;
    int gap = 50;
    int plotW = (PANEL_WIDTH - 2 * gap) / SMALL_NS.size() - 10;
    g.setColor(Color.BLACK);
    g.setFont(font.deriveFont(Font.BOLD, 15f));
    g.drawString("Small N, linear (JMH medians)", WIDTH + gap, 30);
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    List<String> databases = new ArrayList<>(byDatabase.keySet());
    for (int panel = 0; panel < SMALL_NS.size(); panel++) {
      String n = SMALL_NS.get(panel);
      int left = WIDTH + gap + panel * (plotW + gap);
      double max = 0;
      for (List<Results.Row> rows : byDatabase.values()) {
        for (Results.Row row : rows) {
          if (METHODS.subList(0, SMALL_N_METHODS).contains(row.benchmark()) && row.value().equals(n)) {
            max = Math.max(max, row.medianMs());
          }
        }
      }
      if (max == 0) {
        continue;
      }
      double step = niceStep(max / 4);
      double top = Math.ceil(max * 1.15 / step) * step;
      Axis y = new Axis(0, top, TOP + plotH, TOP);
      for (double v = 0; v <= top + step / 2; v += step) {
        g.setColor(new Color(0xDDDDDD));
        g.draw(new Line2D.Double(left, y.at(v), left + plotW, y.at(v)));
        g.setColor(Color.DARK_GRAY);
        String label = String.format(Locale.ROOT, step < 1 ? "%.1f" : "%.0f", v);
        g.drawString(label, left - 6 - metrics.stringWidth(label), (int) y.at(v) + metrics.getAscent() / 2 - 1);
      }
      g.setColor(Color.BLACK);
      g.drawRect(left, TOP, plotW, plotH);
      String title = "N = " + n + ", median ms";
      g.drawString(title, left + plotW / 2 - metrics.stringWidth(title) / 2, TOP + 16);
      int clusterW = plotW / Math.max(1, databases.size());
      for (int d = 0; d < databases.size(); d++) {
        String database = databases.get(d);
        int barW = (clusterW - 16) / SMALL_N_METHODS;
        int clusterLeft = left + d * clusterW + 8;
        for (int i = 0; i < SMALL_N_METHODS; i++) {
          String method = METHODS.get(i);
          for (Results.Row row : byDatabase.get(database)) {
            if (row.benchmark().equals(method) && row.value().equals(n)) {
              int barLeft = clusterLeft + i * barW;
              double barTop = y.at(row.medianMs());
              Color color = COLORS.get(i);
              g.setColor(database.equals("h2") ? color.brighter() : color);
              g.fill(new java.awt.geom.Rectangle2D.Double(barLeft + 1, barTop, barW - 2, y.at(0) - barTop));
              g.setColor(Color.DARK_GRAY);
              String value = String.format(Locale.ROOT, "%.2f", row.medianMs());
              g.drawString(value, barLeft + barW / 2 - metrics.stringWidth(value) / 2, (int) barTop - 3);
            }
          }
        }
        g.setColor(Color.DARK_GRAY);
        String label = database.equals("h2") ? "H2" : "PostgreSQL";
        g.drawString(label, clusterLeft + (clusterW - 16) / 2 - metrics.stringWidth(label) / 2, TOP + plotH + 18);
      }
    }
    g.setColor(Color.DARK_GRAY);
    g.drawString("bars as the first three lines of the legend; lighter: H2", WIDTH + gap, HEIGHT - 18);
  }

  /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
  private static double niceStep(double rough) {
    double decade = Math.pow(10, Math.floor(Math.log10(rough)));
    for (int m : new int[] {1, 2, 5, 10}) {
      if (m * decade >= rough) {
        return m * decade;
      }
    }
    return 10 * decade;
  }

  private static String label(double ms) {
    if (ms >= 1000) {
      return String.format(Locale.ROOT, "%,.0f s", ms / 1000);
    }
    if (ms >= 1) {
      return String.format(Locale.ROOT, "%.0f ms", ms);
    }
    return String.format(Locale.ROOT, "%s ms", ms >= 0.1 ? "0.1" : ms >= 0.01 ? "0.01" : "0.001");
  }

  private record Axis(double from, double to, double pixelFrom, double pixelTo) {
    double at(double value) {
      return pixelFrom + (value - from) / (to - from) * (pixelTo - pixelFrom);
    }
  }
}
