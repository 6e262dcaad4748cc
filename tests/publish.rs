//! `publish`, natively: what it writes for an edition, and what it refuses.
//! (`tests/e2e/site.test.mjs` serves what it writes to real browsers.)
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use huimou::model::pack::unpack_file;
use huimou::model::{Lang, Review};
use huimou::publish::{publish, ENGINE_MANIFEST};

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("publish")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An engine folder as the build leaves one: its files and their manifest.
fn engine(dir: &Path) -> PathBuf {
    let engine = dir.join("engine");
    std::fs::create_dir_all(&engine).unwrap();
    let files = [
        ("huimou-0123456789abcdef.css", "body{}"),
        ("head-0123456789abcdef.js", "/* head */"),
        ("boot-0123456789abcdef.js", "/* boot */"),
        ("embed.js", "/* embed */"),
    ];
    for (name, body) in files {
        std::fs::write(engine.join(name), body).unwrap();
    }
    let manifest = serde_json::json!({
        "css": files[0].0, "head": files[1].0, "boot": files[2].0,
        "files": files.iter().map(|f| f.0).collect::<Vec<_>>(),
    });
    std::fs::write(engine.join(ENGINE_MANIFEST), manifest.to_string()).unwrap();
    engine
}

/// The 2023 CPPCC review as an edition of its own, with `edit` applied to
/// its edition file.
fn edition(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let src = dir.join("edition");
    std::fs::create_dir_all(src.join("source")).unwrap();
    std::fs::copy("data/cppcc-2023.json", src.join("cppcc-2023.json")).unwrap();
    std::fs::copy(
        "data/source/rongchang-2023.txt",
        src.join("source/rongchang-2023.txt"),
    )
    .unwrap();
    let mut file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("data/edition.json").unwrap()).unwrap();
    file["slug"] = "cppcc-only".into();
    file["reviews"] = serde_json::json!(["cppcc-2023.json"]);
    edit(&mut file);
    let path = src.join("edition.json");
    std::fs::write(&path, file.to_string()).unwrap();
    path
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path.as_ref())
        .unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

/// An attribute's value on the page's root.
fn root_attribute(page: &str, name: &str) -> String {
    let at = page
        .find(&format!(" {name}=\""))
        .unwrap_or_else(|| panic!("no {name}"))
        + name.len()
        + 3;
    page[at..at + page[at..].find('"').unwrap()].to_string()
}

#[test]
fn an_edition_is_written_beside_the_engine_with_its_pages_data_and_sources() {
    let dir = folder("writes");
    let (engine, site) = (engine(&dir), dir.join("site"));
    let published = publish(&edition(&dir, |_| {}), &site, &engine, false).unwrap();
    assert_eq!(published.slug, "cppcc-only");
    // The engine's files at the top, as they were.
    for name in [
        "huimou-0123456789abcdef.css",
        "boot-0123456789abcdef.js",
        "embed.js",
    ] {
        assert_eq!(read(site.join(name)), read(engine.join(name)));
    }
    let folder = site.join("cppcc-only");
    // The sources, to reopen.
    assert_eq!(
        read(folder.join("cppcc-2023.json")),
        read("data/cppcc-2023.json")
    );
    assert_eq!(
        read(folder.join("source/rongchang-2023.txt")),
        read("data/source/rongchang-2023.txt")
    );
    assert!(read(folder.join("figures.csv")).contains("proposals-submitted"));
    for (file, lang) in [("index.html", Lang::Zh), ("en.html", Lang::En)] {
        let page = read(folder.join(file));
        assert!(page.contains(&format!("<html lang=\"{}\">", lang.html_tag())));
        // The engine relative to the page; the page's data beside it, of its
        // language, and packed for this engine's types.
        assert!(page.contains("href=\"../huimou-0123456789abcdef.css\""));
        assert!(page.contains("src=\"../boot-0123456789abcdef.js\""));
        let data = root_attribute(&page, &format!("data-edition-{}", lang.param()));
        let reviews: Vec<Review> =
            unpack_file(&std::fs::read(folder.join(&data)).unwrap()).unwrap();
        assert_eq!(reviews.len(), 1);
        // Its own language only (the English page keeps the quotes' Chinese).
        let title = &reviews[0].title;
        assert_eq!(
            (title.zh.is_empty(), title.en.is_empty()),
            (lang == Lang::En, lang == Lang::Zh)
        );
        // Every linked file's integrity is its bytes' sha384.
        for link in page.split("integrity=\"").skip(1) {
            let value = &link[..link.find('"').unwrap()];
            let before = &page[..page.find(value).unwrap()];
            let href = before.rsplit('"').nth(2).unwrap();
            let bytes = std::fs::read(folder.join(href)).unwrap();
            assert_eq!(value, huimou::publish::integrity(&bytes), "{href}");
        }
    }
}

#[test]
fn the_editions_words_are_text_never_markup() {
    let dir = folder("escapes");
    let hostile = "\"><script>alert(1)</script><b x=\"";
    let path = edition(&dir, |f| {
        f["title"]["zh"] = hostile.into();
        f["description"]["en"] = hostile.into();
    });
    publish(&path, &dir.join("site"), &engine(&dir), false).unwrap();
    for file in ["index.html", "en.html"] {
        let page = read(dir.join("site/cppcc-only").join(file));
        assert!(!page.contains("<script>alert"), "{file}");
        assert!(!page.contains("<b x="), "{file}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || file == "en.html");
    }
}

#[test]
fn a_second_edition_shares_the_engine_and_leaves_the_first_as_it_was() {
    let dir = folder("second");
    let (engine, site) = (engine(&dir), dir.join("site"));
    publish(&edition(&dir, |_| {}), &site, &engine, true).unwrap();
    let first: Vec<_> = files_under(&site.join("cppcc-only"))
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();
    let other = folder("second-edition");
    let second = edition(&other, |f| f["slug"] = "another".into());
    publish(&second, &site, &engine, false).unwrap();
    for (path, bytes) in first {
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{}", path.display());
    }
    assert!(site.join("another/index.html").exists());
    // --default put the first edition's pages at the top, finding its files in its folder.
    let top = read(site.join("index.html"));
    assert_eq!(root_attribute(&top, "data-edition"), "cppcc-only/");
    assert!(top.contains("href=\"huimou-0123456789abcdef.css\""));
}

#[test]
fn an_edition_with_problems_is_not_published() {
    let dir = folder("refused");
    let path = edition(&dir, |_| {});
    let review = path.with_file_name("cppcc-2023.json");
    std::fs::write(&review, read(&review).replace("387件", "388件")).unwrap();
    let site = dir.join("site");
    let error = publish(&path, &site, &engine(&dir), false).unwrap_err();
    assert!(error.contains("cppcc-2023.json"), "{error}");
    assert!(!site.join("cppcc-only").exists());
    // Nor an edition file whose slug is not a folder name.
    let bad = edition(&folder("refused-slug"), |f| f["slug"] = "../up".into());
    assert!(publish(&bad, &site, &engine(&dir), false).is_err());
    // Nor without an engine.
    let no_engine = folder("no-engine");
    assert!(
        publish(&edition(&no_engine, |_| {}), &site, &no_engine, false)
            .unwrap_err()
            .contains(ENGINE_MANIFEST)
    );
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}
