//! Saves PNG screenshots of the main pages, taken in Debian's chromium against
//! `duban serve --demo`, for the README: `scripts/screenshots` (it builds the binary and
//! passes its path and the output folder).

// Tests and tools fail loudly on purpose: the no-panic rules are for shipped code.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../tests/it/common/browser.rs"]
mod browser;

use std::path::PathBuf;

use browser::{Browser, Server};
use fantoccini::Locator;

/// Who looks at which page, the file it is saved as, and the window (width × height): a
/// 1280 px desktop, or a 390 px phone for the pages leaders and responsible persons read.
#[rustfmt::skip]
const SHOTS: &[(&str, &str, &str, u32, u32)] = &[
    ("duchashi@demo.duban.local", "/board", "board.png", 1280, 1100),
    ("duchashi@demo.duban.local", "/reports/inspection", "report.png", 1280, 1600),
    ("duchashi@demo.duban.local", "/projects/{red}", "project.png", 1280, 2200),
    ("zhang.weidong@example.gov.cn", "/my", "my.png", 1280, 800),
    ("{responsible}", "/my/milestones", "milestones.png", 1280, 1400),
    ("duchashi@demo.duban.local", "/assessments", "assessment.png", 1280, 1500),
    ("admin@demo.duban.local", "/admin/users", "admin-users.png", 1280, 1100),
    ("admin@demo.duban.local", "/admin/ledger", "admin-ledger.png", 1280, 900),
    ("duchashi@demo.duban.local", "/board?lang=en", "board-en.png", 1280, 1100),
    ("duchashi@demo.duban.local", "/board/timeline", "timeline.png", 1280, 1500),
    ("admin@demo.duban.local", "/admin/calendar", "admin-calendar.png", 1280, 1500),
    ("zhang.weidong@example.gov.cn", "/my", "phone-my.png", 390, 844),
    ("zhang.weidong@example.gov.cn", "{his}", "phone-project.png", 390, 1600),
    ("{responsible}", "/my/milestones", "phone-milestones.png", 390, 1400),
];

#[actix_web::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let bin = PathBuf::from(
        args.next()
            .ok_or("usage: screenshots DUBAN_BINARY OUT_DIR")?,
    );
    let out = PathBuf::from(
        args.next()
            .ok_or("usage: screenshots DUBAN_BINARY OUT_DIR")?,
    );
    std::fs::create_dir_all(&out)?;
    if !browser::available() {
        return Err("chromium and chromedriver are needed".into());
    }
    let server = Server::start(&bin);
    // The first red project on the board, and the person responsible for it.
    let b = Browser::start().await;
    b.log_in(&server, "duchashi@demo.duban.local").await;
    b.client.goto(&server.url("/board")).await?;
    let red = b
        .client
        .find(Locator::Css("a.tile.red"))
        .await?
        .attr("href")
        .await?
        .unwrap_or_default();
    let code = red
        .trim_start_matches("/projects/")
        .split('?')
        .next()
        .unwrap_or_default()
        .to_string();
    b.client
        .goto(&server.url(&format!("/projects/{code}")))
        .await?;
    let person = b
        .client
        .find(Locator::XPath("//dl[@class='facts']/dd[3]"))
        .await?
        .text()
        .await?;
    // The year's assessment, computed as the office does it, so that its page has a run.
    b.client.goto(&server.url("/assessments")).await?;
    b.client
        .find(Locator::Css(
            "form[action='/assessments'] button[type=submit]",
        ))
        .await?
        .click()
        .await?;
    b.client
        .wait()
        .for_element(Locator::Css("[role=status]"))
        .await?;
    b.close().await;
    let responsible = person_email(&server, &person)?;
    // The leader's first project (most urgent first on his /my), for the phone.
    let b = Browser::start().await;
    b.log_in(&server, "zhang.weidong@example.gov.cn").await;
    b.client.goto(&server.url("/my")).await?;
    let his = b
        .client
        .find(Locator::Css("main table tbody tr td:first-child a"))
        .await?
        .attr("href")
        .await?
        .unwrap_or_default();
    b.close().await;

    for (who, path, file, width, height) in SHOTS {
        let who = who.replace("{responsible}", &responsible);
        let path = path.replace("{red}", &code).replace("{his}", &his);
        let b = Browser::start().await;
        b.log_in(&server, &who).await;
        b.client.set_window_size(*width, *height).await?;
        b.client.goto(&server.url(&path)).await?;
        if path == "/assessments" {
            // The first project's breakdown, as a reader would open it.
            b.client
                .find(Locator::Css("table.ranking a"))
                .await?
                .click()
                .await?;
            b.client
                .wait()
                .for_element(Locator::Id("breakdown"))
                .await?;
        }
        let png = b.client.screenshot().await?;
        std::fs::write(out.join(file), png)?;
        println!("{} ← {who} {path}", out.join(file).display());
        b.close().await;
    }
    Ok(())
}

/// The demo account of a person named on a page.
fn person_email(server: &Server, name: &str) -> Result<String, Box<dyn std::error::Error>> {
    use duban::db::{self, DbUrl};
    let mut conn = db::establish(&DbUrl::Sqlite(server.database()))?;
    let found = duban::store::people::list(
        &mut conn,
        &duban::store::people::PersonFilter {
            q: Some(name.to_string()),
            ..Default::default()
        },
    )?;
    found
        .items
        .into_iter()
        .find_map(|p| p.email)
        .ok_or_else(|| format!("{name} has no email").into())
}
