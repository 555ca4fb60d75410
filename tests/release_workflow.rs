//! The release workflow (.github/workflows/release.yml) is valid YAML and does what the README
//! says: on a tag, Tauri's official action bundles for Linux, macOS and Windows into a draft
//! release. It cannot run here (no GitHub runners); this checks its syntax and shape.

use serde_yaml::Value;

fn workflow() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.github/workflows/release.yml"
    ))
    .expect("the release workflow exists");
    serde_yaml::from_str(&text).expect("the release workflow is valid YAML")
}

#[test]
fn the_release_workflow_bundles_three_platforms_on_a_tag() {
    let workflow = workflow();
    let tags = &workflow["on"]["push"]["tags"];
    assert_eq!(
        tags[0].as_str(),
        Some("v*"),
        "runs on version tags: {tags:?}"
    );
    let job = &workflow["jobs"]["bundle"];
    let platforms: Vec<&str> = job["strategy"]["matrix"]["include"]
        .as_sequence()
        .expect("a platform matrix")
        .iter()
        .filter_map(|p| p["platform"].as_str())
        .collect();
    for os in ["ubuntu", "macos", "windows"] {
        assert!(
            platforms.iter().any(|p| p.starts_with(os)),
            "{os} is bundled: {platforms:?}"
        );
    }
    let steps = job["steps"].as_sequence().expect("steps");
    assert!(
        steps
            .iter()
            .filter_map(|s| s["uses"].as_str())
            .any(|u| u.starts_with("tauri-apps/tauri-action@")),
        "Tauri's official action makes the bundles"
    );
    assert!(
        steps.iter().any(|s| s["run"].as_str() == Some("./x ui")),
        "the UI is built the one way it is built everywhere"
    );
    assert!(
        steps.iter().any(|s| s["run"]
            .as_str()
            .is_some_and(|run| run.contains("cp target/release/stint-cli .bundle/stint-cli"))),
        "stint-cli is put where tauri.conf.json's .deb mapping finds it"
    );
}
