use clap::Parser;
use passkey_guide::config::{Cli, Command};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    passkey_guide::telemetry::init(cli.log_format);
    let result = match cli.command.unwrap_or_default() {
        Command::Serve(args) => passkey_guide::serve(args).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "passkey-guide stopped");
            eprintln!("passkey-guide: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
