/** Demo data: the four stories of PRODUCT.md section 1, loaded on the first start in dev mode only. */
package io.averted.demo;
