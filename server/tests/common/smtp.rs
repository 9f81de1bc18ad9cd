//! A small SMTP server on loopback for tests: it speaks enough of RFC 5321 for a real client
//! (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps every message it accepted.

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Debug, Clone, Default)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// The message as sent (headers and body), dot-unstuffed.
    pub data: String,
}

impl Received {
    /// A header's raw value (first occurrence).
    pub fn header(&self, name: &str) -> Option<&str> {
        let prefix = format!("{}:", name.to_ascii_lowercase());
        self.data
            .lines()
            .take_while(|l| !l.is_empty())
            .find(|l| l.to_ascii_lowercase().starts_with(&prefix))
            .map(|l| l[prefix.len()..].trim())
    }
}

#[derive(Clone)]
pub struct SmtpServer {
    pub url: String,
    pub messages: Arc<Mutex<Vec<Received>>>,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("smtp://{}", listener.local_addr().unwrap());
        let messages = Arc::new(Mutex::new(Vec::new()));
        let store = messages.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let _ = session(stream, store).await;
                });
            }
        });
        SmtpServer { url, messages }
    }

    pub fn received(&self) -> Vec<Received> {
        self.messages.lock().unwrap().clone()
    }

    /// Waits (bounded) until at least `n` messages arrived.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        for _ in 0..250 {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        self.received()
    }
}

async fn session(
    stream: tokio::net::TcpStream,
    store: Arc<Mutex<Vec<Received>>>,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 test.smtp ESMTP ready\r\n").await?;
    let mut current = Received::default();
    while let Some(line) = lines.next_line().await? {
        let upper = line.to_ascii_uppercase();
        let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            b"250-test.smtp\r\n250 8BITMIME\r\n"
        } else if upper.starts_with("MAIL FROM:") {
            current = Received {
                from: address(&line[10..]),
                ..Received::default()
            };
            b"250 OK\r\n"
        } else if upper.starts_with("RCPT TO:") {
            current.to.push(address(&line[8..]));
            b"250 OK\r\n"
        } else if upper == "DATA" {
            write
                .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                .await?;
            let mut data = String::new();
            while let Some(l) = lines.next_line().await? {
                if l == "." {
                    break;
                }
                data.push_str(l.strip_prefix('.').unwrap_or(&l));
                data.push('\n');
            }
            current.data = data;
            store.lock().unwrap().push(std::mem::take(&mut current));
            b"250 OK queued\r\n"
        } else if upper == "QUIT" {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else if upper == "RSET" || upper == "NOOP" {
            b"250 OK\r\n"
        } else {
            b"502 Command not implemented\r\n"
        };
        write.write_all(reply).await?;
    }
    Ok(())
}

fn address(s: &str) -> String {
    s.trim()
        .trim_start_matches('<')
        .split('>')
        .next()
        .unwrap_or_default()
        .to_owned()
}
