/** Running Averted: start-up guards for a packaged application. */
package io.averted.operations;
