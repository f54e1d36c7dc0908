/**
 * The application's own metrics for operators, served by Payara's MicroProfile Metrics at {@code /metrics} in the
 * Prometheus text format next to the server's base and vendor metrics (README, "Metrics"): request times per route
 * template, saves, imports. Names and tags carry routes, kinds and outcomes only, never a child's data, a code or an
 * account name.
 */
package vn.mtbbe.platform.metrics;
