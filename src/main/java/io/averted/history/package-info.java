/** Read access to the change history the database keeps for every audited table. */
package io.averted.history;
