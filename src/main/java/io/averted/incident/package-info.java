/** Incidents, their typed losses, blameless post-mortems and the action items that feed the register. */
package io.averted.incident;
