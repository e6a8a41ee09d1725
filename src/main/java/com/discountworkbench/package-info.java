/**
 * Discount Workbench: predicts each customer's purchase response to a discount and picks the discount
 * that maximizes expected profit. Pipeline packages: data → prep → model → policy → io; then cli and ui.
 */
package com.discountworkbench;
