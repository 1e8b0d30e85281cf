package org.citizenhub.hub.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import org.citizenhub.hub.casework.CaseworkAppTestSupport;
import org.citizenhub.hub.security.TestSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The caseworker pages end to end in headless Chromium, against the hub on its random port: signing in
 * through the hub's own page, search by keyboard alone, the profile, the explanation, detaching a record with
 * a reason, accepting a review item, and signing out. Screenshots of each step are kept as test output.
 * Skipped only where Debian's chromium-driver is missing (CI installs it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseworkPagesTest extends CaseworkAppTestSupport {

    private static Browser browser;
    private static boolean signedIn;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void ready() {
        awaitStartupRuns();
        driver = browser.driver;
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        if (!signedIn) {
            signIn();
            signedIn = true;
        }
    }

    /** Signs in through the form, for a test that runs without the sign-in test before it. */
    private void signIn() {
        driver.get(baseUrl() + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys(TestSecurity.CASEWORKER);
        driver.findElement(By.id("password")).sendKeys(TestSecurity.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in"), "Signed in as casey"));
    }

    /**
     * The pages are for signed-in caseworkers: the first visit leads to the hub's own sign-in page, a wrong
     * password brings it back with the error, and the right one, typed by keyboard alone, reaches the search.
     */
    @Test
    @Order(0)
    void aCaseworkerSignsInThroughTheHubsSignInPage() {
        driver.manage().deleteAllCookies(); // no session: start where a caseworker starts
        driver.get(baseUrl() + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.getTitle()).isEqualTo("Sign in – Citizen Hub");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(driver.findElement(By.id("privacy-note")).getText())
                .contains("Citizen Hub holds personal data", "recorded under your sign-in name", "audit log");
        assertThat(driver.findElement(By.id("password")).getAttribute("type")).isEqualTo("password");
        assertThat(driver.findElement(By.id("username")).getAttribute("autocomplete")).isEqualTo("username");
        assertVisibleFieldsAreLabelled();
        assertNothingComesFromElsewhere();
        assertThat(driver.findElements(By.id("sign-in-error"))).isEmpty();
        browser.screenshot("00-sign-in");

        // a wrong password: the same page again, with an error that does not say which of the two was wrong
        driver.findElement(By.id("username")).sendKeys(TestSecurity.CASEWORKER);
        driver.findElement(By.id("password")).sendKeys("not the password");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login?error"));
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error")));
        assertThat(error.getText()).contains("Sign-in failed", "The username or password is not right");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        browser.screenshot("00-sign-in-failed");

        // by keyboard alone: the skip link, Tab to the username (its focus visible), type both, Enter
        keys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Skip to main content");
        keys(Keys.ENTER);
        tabTo(e -> "username".equals(e.getAttribute("id")), 5);
        assertThat(active().getCssValue("outline-style")).isEqualTo("solid");
        keys(TestSecurity.CASEWORKER, Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("password");
        keys(TestSecurity.PASSWORD, Keys.ENTER);

        // then: the search page, signed in
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in"), "Signed in as casey"));
        assertThat(java.net.URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/"); // the page first asked for
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Find a citizen");
        signedIn = true;
    }

    @Test
    @Order(1)
    void aCaseworkerSearchesByKeyboardOpensTheProfileAndItsExplanation() {
        driver.get(baseUrl() + "/");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertEveryFieldIsLabelled();

        // the first Tab reaches the skip link, which jumps to the main content
        keys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Skip to main content");
        assertThat(active().getCssValue("outline-style") + active().getCssValue("box-shadow")).isNotEqualTo("nonenone");
        keys(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo("main");

        // Tab to the name field, type a misspelt name and the date of birth, submit with Enter
        tabTo(e -> "name".equals(e.getAttribute("id")), 5);
        assertThat(active().getCssValue("outline-style")).isEqualTo("solid");
        keys("Marta Kowalsky");
        keys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("dob");
        keys("09/09/1982", Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results-status"), "found"));
        WebElement status = driver.findElement(By.id("results-status"));
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).findElement(By.tagName("a")).getText()).isEqualTo("Marta Kowalski");
        assertThat(driver.findElements(By.cssSelector("#results thead th[scope=col]"))).hasSize(5);
        assertThat(driver.getCurrentUrl()).contains("name=Marta");
        browser.fullPageScreenshot("01-search-by-keyboard");

        // Tab on to the first result and open it with Enter
        tabTo(e -> "a".equals(e.getTagName()) && e.getAttribute("href").contains("/citizen.html?id="), 20);
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Marta Kowalski"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records-heading")));
        assertThat(driver.findElements(By.cssSelector("#profile table tbody tr")).size()).isGreaterThanOrEqualTo(3);
        assertEveryFieldIsLabelled();
        browser.fullPageScreenshot("02-profile");

        // Tab to the explanation link and follow it
        tabTo(e -> "explain-link".equals(e.getAttribute("id")), 10);
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisions-heading")));
        String explanation = driver.findElement(By.id("explanation")).getText();
        assertThat(explanation).contains("3 records from 2 sources are linked to this citizen", "National id",
                "Same (exact)", "Total", "Strong enough to be one person");
        assertThat(driver.findElements(By.cssSelector("table.comparison tbody th[scope=row]"))).isNotEmpty();
        browser.fullPageScreenshot("03-explanation");
    }

    @Test
    @Order(2)
    void aCaseworkerDetachesARecordWithAReason() {
        String marta = citizenOf("registry", "R5");
        driver.get(baseUrl() + "/citizen.html?id=" + marta);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unlink-form")));

        // submitting without a reason is refused with a message that leads to the field
        driver.findElement(By.cssSelector("#unlink-form button[type=submit]")).sendKeys(Keys.ENTER);
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertThat(errors.getText()).contains("Enter a reason");
        assertThat(active().getAttribute("id")).isEqualTo("errors");

        new Select(driver.findElement(By.id("unlink-record"))).selectByValue("[\"clinic\",\"C5B\"]");
        driver.findElement(By.id("unlink-reason")).sendKeys("Different person: another Marta at the same address");
        // no name to type: the decision is recorded under the sign-in name
        assertThat(driver.findElement(By.id("unlink-actor")).getText()).isEqualTo(TestSecurity.CASEWORKER);
        browser.fullPageScreenshot("04-unlink-form");
        driver.findElement(By.cssSelector("#unlink-form button[type=submit]")).sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "was detached"));
        assertThat(driver.findElement(By.id("notice")).getAttribute("role")).isEqualTo("status");
        assertThat(driver.findElements(By.cssSelector("#profile section[aria-labelledby=records-heading] tbody tr"))).hasSize(2);
        browser.fullPageScreenshot("05-unlinked");
        assertThat(citizenOf("clinic", "C5B")).isNotEqualTo(marta);
        assertThat(citizenOf("clinic", "C5")).isEqualTo(marta);
    }

    @Test
    @Order(3)
    void aCaseworkerAcceptsAReviewItem() {
        driver.get(baseUrl() + "/review.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-status"), "waiting"));
        assertEveryFieldIsLabelled();
        WebElement item = driver.findElements(By.cssSelector("article.review-item")).stream()
                .filter(a -> a.findElement(By.tagName("h2")).getText().contains("T Wright"))
                .findFirst().orElseThrow(() -> new AssertionError("no review item for T Wright"));
        assertThat(item.getText()).contains("Thomas Wright", "1955-02-28", "Initial only (initial)");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", item);
        browser.screenshot("06-review-queue");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor"), TestSecurity.CASEWORKER));
        item.findElement(By.tagName("textarea")).sendKeys("Same person: the clinic letter gives the full name Thomas");
        item.findElement(By.cssSelector("button[value=accept]")).sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Accepted"));
        assertThat(driver.findElement(By.id("items")).getText()).doesNotContain("T Wright");
        browser.screenshot("07-review-accepted");
        assertThat(citizenOf("clinic", "C9")).isEqualTo(citizenOf("registry", "R9"));
    }

    @Test
    @Order(4)
    void aBadDateIsShownNextToItsField() {
        driver.get(baseUrl() + "/");
        driver.findElement(By.id("dob")).sendKeys("31/02/1990", Keys.ENTER);

        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertThat(errors.getText()).contains("Date of birth must be a date written yyyy-mm-dd or dd/mm/yyyy");
        assertThat(driver.findElement(By.id("dob")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("dob")).getAttribute("aria-describedby")).contains("dob-error");
        errors.findElement(By.tagName("a")).sendKeys(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo("dob");
        browser.screenshot("08-search-error");
    }

    /** Every input, select and textarea has a label naming it. */
    @Test
    @Order(5)
    void signingOutEndsTheSession() {
        driver.get(baseUrl() + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in"), "casey"));
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        WebElement signedOut = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
        assertThat(signedOut.getText()).contains("You have signed out");
        assertThat(signedOut.getAttribute("role")).isEqualTo("status");
        assertThat(driver.findElements(By.id("sign-in-error"))).isEmpty();
        browser.screenshot("09-signed-out");
        driver.get(baseUrl() + "/review.html");
        wait.until(ExpectedConditions.urlContains("/login"));
        signedIn = false;
    }

    /** On the sign-in page: every field a person fills in has its label (the CSRF token is hidden). */
    private void assertVisibleFieldsAreLabelled() {
        List<WebElement> fields = driver.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"));
        assertThat(fields).hasSize(2);
        for (WebElement field : fields) {
            String id = field.getAttribute("id");
            assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']"))).as("label of #%s", id).hasSize(1);
        }
    }

    /** Styles, scripts and images all come from the hub itself: no CDN, no external fonts. */
    private void assertNothingComesFromElsewhere() {
        for (WebElement resource : driver.findElements(By.cssSelector("link[href], script[src], img[src]"))) {
            String url = resource.getAttribute(resource.getTagName().equals("link") ? "href" : "src");
            assertThat(url).as("<%s>", resource.getTagName()).startsWith(baseUrl() + "/");
        }
    }

    private void assertEveryFieldIsLabelled() {
        for (WebElement field : driver.findElements(By.cssSelector("input, select, textarea"))) {
            String id = field.getAttribute("id");
            assertThat(id).as("a form field without id").isNotBlank();
            assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']"))).as("label of #%s", id).hasSize(1);
        }
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element is the one wanted, at most {@code limit} times. */
    private void tabTo(java.util.function.Predicate<WebElement> wanted, int limit) {
        for (int i = 0; i < limit; i++) {
            keys(Keys.TAB);
            if (wanted.test(active())) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach the element within " + limit + " presses; focus is on <"
                + active().getTagName() + " id=" + active().getAttribute("id") + ">");
    }
}
