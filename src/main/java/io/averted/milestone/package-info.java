/** Milestones, the quality gates they must pass, gate results with their evidence, and gate templates. */
package io.averted.milestone;
