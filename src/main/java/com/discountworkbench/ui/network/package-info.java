/**
 * The Network step's screen: the layers and training settings of the purchase and value networks, presets, the
 * parameter count and a drawing of the network. Publishes the networks into the session's training plan.
 */
package com.discountworkbench.ui.network;
