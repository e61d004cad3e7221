/** Read-only money views: prevention against loss, declined prevention, cost of quality; economics.simulation is plain Java. */
package io.averted.economics;
