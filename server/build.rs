//! `sqlx::migrate!` embeds the migrations when the server compiles, but cargo does not notice a
//! new file in those folders on its own: rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
