/** Running Averted: start-up guards for a packaged application, and the metrics and request logs operators read. */
package io.averted.operations;
