/** Preventive investments, the risks they mitigate, and the residual loss and return they are worth. */
package io.averted.prevention;
