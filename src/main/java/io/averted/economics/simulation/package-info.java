/**
 * Monte Carlo loss simulation over a set of risks (PRODUCT.md section 4), inherent and residual from the same draws;
 * plain Java and Apache Commons RNG / Statistics only — no Quarkus, Jakarta or MicroProfile.
 */
package io.averted.economics.simulation;
