//! `duban completions` and `duban man`: shell completions and manual pages made from the
//! clap definitions themselves, so that they cannot drift from the commands (packages ship
//! what these print).

use std::path::Path;

use clap::CommandFactory;

/// The shells completions are made for.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

pub fn completions<C: CommandFactory>(shell: Shell) -> super::CliResult {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    let mut cmd = C::command();
    // Made in memory first: clap_complete panics on a failed write (a closed pipe).
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "duban", &mut out);
    super::write_out(None, &out)
}

pub fn man<C: CommandFactory>(out_dir: Option<&Path>) -> super::CliResult {
    let cmd = C::command();
    match out_dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            clap_mangen::generate_to(cmd, dir)
                .map_err(|e| format!("cannot write the manual pages to {}: {e}", dir.display()))
        }
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(cmd)
                .render(&mut out)
                .map_err(|e| e.to_string())?;
            super::write_out(None, &out)
        }
    }
}
