fn main() -> std::process::ExitCode {
    duban::cli::main()
}
