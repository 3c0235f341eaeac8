package dev.longyuan.market.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a supplier stands from the place of delivery. The platform's map of Gansu's cities and
 * prefectures gives each one's centroid (of its boundary polygons, by area); a county is placed at
 * its city's, as the map has no county boundaries.
 */
public final class Places {

  private static final double EARTH_RADIUS_KM = 6371.0;

  /** Beyond this distance between centroids, within the province, nearness counts for nothing. */
  private static final double FAR_KM = 1200.0;

  private final Map<String, double[]> centroids;

  Places(Map<String, double[]> centroids) {
    this.centroids = Map.copyOf(centroids);
  }

  /** The centroids of the cities on the map the pages draw (static/maps/gansu-cities.json). */
  public static Places gansu() {
    try (InputStream in = Places.class.getResourceAsStream("/static/maps/gansu-cities.json")) {
      if (in == null) {
        throw new IllegalStateException("the map of Gansu's cities is missing");
      }
      JsonNode map = JsonMapper.builder().build().readTree(in);
      Map<String, double[]> centroids = new HashMap<>();
      for (JsonNode feature : map.get("features")) {
        centroids.put(
            feature.get("properties").get("code").asString(), centroid(feature.get("geometry")));
      }
      return new Places(centroids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The area-weighted centroid (longitude, latitude) of the outer rings of a (multi)polygon. */
  static double[] centroid(JsonNode geometry) {
    boolean multi = geometry.get("type").asString().equals("MultiPolygon");
    double area = 0;
    double x = 0;
    double y = 0;
    for (JsonNode polygon : multi ? geometry.get("coordinates") : wrap(geometry)) {
      JsonNode ring = polygon.get(0);
      for (int i = 0; i + 1 < ring.size(); i++) {
        double x0 = ring.get(i).get(0).asDouble();
        double y0 = ring.get(i).get(1).asDouble();
        double x1 = ring.get(i + 1).get(0).asDouble();
        double y1 = ring.get(i + 1).get(1).asDouble();
        double cross = x0 * y1 - x1 * y0;
        area += cross;
        x += (x0 + x1) * cross;
        y += (y0 + y1) * cross;
      }
    }
    return new double[] {x / (3 * area), y / (3 * area)};
  }

  private static Iterable<JsonNode> wrap(JsonNode polygonGeometry) {
    return java.util.List.of(polygonGeometry.get("coordinates"));
  }

  static String cityOf(String regionCode) {
    return regionCode.substring(0, 4) + "00";
  }

  /** Kilometres between the centroids of two regions' cities, or -1 when one is not on the map. */
  public double distanceKm(String a, String b) {
    double[] p = centroids.get(cityOf(a));
    double[] q = centroids.get(cityOf(b));
    if (p == null || q == null) {
      return -1;
    }
    double lat1 = Math.toRadians(p[1]);
    double lat2 = Math.toRadians(q[1]);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(q[0] - p[0]);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
  }

  /**
   * The place signal: the same county 1; the same city 0.8; elsewhere in the province 0.3 to 0.7 by
   * the distance between the cities' centroids (0.3 where unknown); a supplier outside the province
   * 0. Demands delivered outside the province give an in-province supplier 0.3.
   */
  public double nearness(String deliveryRegion, String supplierRegion) {
    if (!supplierRegion.startsWith("62")) {
      return 0;
    }
    if (deliveryRegion.equals(supplierRegion)) {
      return 1.0;
    }
    if (!deliveryRegion.startsWith("62")) {
      return 0.3;
    }
    if (cityOf(deliveryRegion).equals(cityOf(supplierRegion))) {
      return 0.8;
    }
    double km = distanceKm(deliveryRegion, supplierRegion);
    return km < 0 ? 0.3 : 0.3 + 0.4 * Math.max(0, 1 - km / FAR_KM);
  }
}
