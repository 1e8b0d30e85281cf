/** Browser tests of the caseworker pages, in Debian's headless Chromium driven by Selenium. */
package org.citizenhub.hub.pages;
