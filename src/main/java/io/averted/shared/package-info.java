/** Pieces every feature uses: user errors, paging, money, the signed-in user. */
package io.averted.shared;
