package com.discountworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noArgumentsOrOneProjectFileOpenTheWindow() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"/home/ana/Spring campaign.DWB"})).isTrue();
    }

    @Test
    void subcommandsAndOptionsRunTheCommandLine() {
        assertThat(Launcher.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"inspect", "customers.csv"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"score", "a.dwb"})).isFalse();
    }
}
