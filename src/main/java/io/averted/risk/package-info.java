/** The risk register: risks with their ordinal score and quantitative loss estimate. */
package io.averted.risk;
