use clap::Parser;
use passkey_guide::cli;
use passkey_guide::config::{Cli, Command};

// glibc's allocator spent a fifth of the CPU in malloc and free under the herd benchmark
// (many small allocations on every worker thread); mimalloc's per-thread heaps avoid that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    passkey_guide::telemetry::init(cli.log_format);
    let command = cli.command.unwrap_or_default();
    let is_server = matches!(command, Command::Serve(_));
    let result = match command {
        Command::Serve(args) => passkey_guide::serve(args).await,
        Command::Tenant(c) => cli::tenant(c).await,
        Command::Admin(c) => cli::admin(c).await,
        Command::Roster(c) => cli::roster(c).await,
        Command::Links(c) => cli::links(c).await,
        Command::Registration(c) => cli::registration(c).await,
        Command::Reminders(c) => cli::reminders(c).await,
        Command::Entra(c) => cli::entra(c).await,
        Command::Mail(c) => cli::mail(c).await,
        Command::Privacy(c) => cli::privacy(c).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            if is_server {
                tracing::error!(error = %e, "passkey-guide stopped");
            }
            eprintln!("passkey-guide: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
