//! Build script of the desktop app: tauri-build reads `tauri.conf.json` (at the repository root,
//! next to the manifest) and the capabilities, and embeds the UI from `ui/dist`.

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=ui/dist");
    let attributes =
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*");
    tauri_build::try_build(attributes).expect("tauri-build failed (see the message above)");
}
